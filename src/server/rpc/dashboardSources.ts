// Where each part of the dashboard gets its data: the read-only helpers of the identification,
// risk-profile and roadmap capabilities, turned into the JSON-safe DTOs of src/shared/api.ts.
import type {
  LowResultStatusDto,
  RiskMapDto,
  RoadmapProgressDto,
  SectionDto,
  TargetsDto,
} from '../../shared/api';
import type { DashboardRead } from './dashboard';

export interface DashboardSources {
  lowResult(read: DashboardRead): SectionDto<LowResultStatusDto>;
  riskMap(read: DashboardRead): SectionDto<RiskMapDto>;
  roadmap(read: DashboardRead): SectionDto<RoadmapProgressDto>;
  targets(read: DashboardRead): SectionDto<TargetsDto>;
}

export const dashboardSources: DashboardSources = {
  lowResult: () => ({ state: 'coming' }),
  riskMap: () => ({ state: 'coming' }),
  roadmap: () => ({ state: 'coming' }),
  targets: () => ({ state: 'coming' }),
};
