import type { ServerApi } from '../../shared/api';
import { remote } from '../lib/rpc';
import { startDashboard } from './app';

const root = document.getElementById('app');
if (root) {
  const app = startDashboard(root, remote<ServerApi>());
  // Read by the browser test and the bench: time from navigation to the first data on screen.
  void app.ready.then(() => {
    document.documentElement.setAttribute('data-first-render-ms', String(Math.round(performance.now())));
  });
}
