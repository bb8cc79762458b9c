import { render } from 'preact';
import { DashboardApp } from '../../components/DashboardApp';
import { dashboardApi } from '../../lib/dashboard-api';
import '../../components/theme.css';
import './dashboard.css';

render(<DashboardApp api={dashboardApi} />, document.getElementById('app')!);
