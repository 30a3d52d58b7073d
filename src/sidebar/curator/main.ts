import type { FolderSummaryApi, ServerApi } from '../../shared/api';
import { remote } from '../lib/rpc';
import { startCurator } from './app';

const root = document.getElementById('app');
if (root) startCurator(root, remote<ServerApi & FolderSummaryApi>());
