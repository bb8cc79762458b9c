import { render } from 'preact';
import { DashboardApp } from '@/components/dashboard/DashboardApp';
import { dashboardApi } from './extension-api';
import '@/components/shared/theme.css';
import './dashboard.css';

render(<DashboardApp api={dashboardApi} />, document.getElementById('app')!);
