import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { dashboardApi, dashboardInsights, dashboardTags } from './extension-api';
import '@/components/shared/theme.css';
import './dashboard.css';

render(
  <DashboardApp api={dashboardApi} insights={dashboardInsights} tags={dashboardTags} />,
  document.getElementById('app')!,
);
