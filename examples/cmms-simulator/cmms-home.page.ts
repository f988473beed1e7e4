import type { WorkOrder } from './work-order.schemas';

const PRIORITY_LABEL: Record<WorkOrder['priority'], string> = { 1: '1 · high', 2: '2 · medium', 3: '3 · low' };

/** The CMMS's list of work orders, rendered on the server and reloaded every few seconds. */
export function renderCmmsHomePage(workOrders: WorkOrder[]): string {
  const rows = workOrders
    .slice()
    .reverse()
    .map(
      (order) => `<tr>
  <td class="id">${escapeHtml(order.id)}</td><td>${escapeHtml(order.title)}</td><td>${escapeHtml(order.assetTag)}</td>
  <td>${PRIORITY_LABEL[order.priority]}</td><td>${escapeHtml(order.dueAt)}</td><td>${escapeHtml(order.status)}</td>
  <td>${escapeHtml(order.externalRef ?? '—')}</td><td>${escapeHtml(order.createdAt)}</td>
</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="3">
<link rel="icon" href="data:,">
<title>Acme CMMS — work orders</title>
<style>
  :root { font-family: system-ui, sans-serif; color: #222; background: #f4f6f4; }
  body { margin: 0; }
  header { background: #2f5233; color: #fff; padding: 12px 24px; font-size: 18px; font-weight: 600; }
  main { padding: 24px; }
  table { width: 100%; border-collapse: collapse; background: #fff; font-size: 13px; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e0e4e0; }
  th { color: #4a604c; }
  .id { font-family: ui-monospace, monospace; }
  .empty { color: #8a9a8b; font-style: italic; }
</style>
</head>
<body>
<header>Acme CMMS — work orders</header>
<main>
<table>
<thead><tr><th>Id</th><th>Title</th><th>Asset</th><th>Priority</th><th>Due</th><th>Status</th><th>External ref</th><th>Created</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="8" class="empty">No work orders yet.</td></tr>'}
</tbody>
</table>
</main>
</body>
</html>
`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
