/**
 * The ERP's own screen: raise a maintenance job and watch the work-order id
 * that Tributary writes back. Self-contained (no assets) and refreshed by polling,
 * like the intranet pages it imitates.
 */
export const erpHomePage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Acme ERP — maintenance jobs</title>
<style>
  :root { font-family: system-ui, sans-serif; color: #1f2933; background: #f5f7fa; }
  body { margin: 0; }
  header { background: #243b53; color: #fff; padding: 12px 24px; }
  header h1 { margin: 0; font-size: 18px; font-weight: 600; }
  main { padding: 24px; display: grid; gap: 24px; max-width: 1100px; }
  section { background: #fff; border: 1px solid #d9e2ec; border-radius: 6px; padding: 16px 20px; }
  h2 { margin: 0 0 12px; font-size: 15px; }
  form { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; align-items: end; }
  label { display: grid; gap: 4px; font-size: 13px; color: #486581; }
  label.wide { grid-column: span 4; }
  input, select, textarea { font: inherit; padding: 6px 8px; border: 1px solid #bcccdc; border-radius: 4px; }
  button { font: inherit; padding: 7px 14px; border: 0; border-radius: 4px; background: #2680c2; color: #fff; cursor: pointer; }
  button:disabled { background: #9fb3c8; }
  #message { grid-column: span 3; font-size: 13px; }
  #message.error { color: #ba2525; }
  #message.ok { color: #207227; }
  table { width: 100%; border-collapse: collapse; font-size: 13px; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e4e7eb; vertical-align: top; white-space: nowrap; }
  td.text { white-space: normal; }
  th { color: #486581; font-weight: 600; }
  .status { padding: 1px 8px; border-radius: 10px; font-size: 12px; }
  .status.open { background: #fff3c4; color: #8d2b0b; }
  .status.scheduled { background: #e3f9e5; color: #207227; }
  .wo { font-family: ui-monospace, monospace; }
  .pending { color: #9fb3c8; font-style: italic; }
</style>
</head>
<body>
<header><h1>Acme ERP — maintenance jobs</h1></header>
<main>
  <section>
    <h2>Raise a maintenance job</h2>
    <form id="raise">
      <label>Asset <input name="asset" required maxlength="64" value="PUMP-07"></label>
      <label>Priority
        <select name="priority"><option>High</option><option selected>Medium</option><option>Low</option></select>
      </label>
      <label>Due date <input name="dueDate" type="date" required></label>
      <label>Plant <input name="plant" required maxlength="64" value="HAM-01"></label>
      <label class="wide">Description
        <textarea name="description" required maxlength="2000" rows="2">Bearing noise on pump; inspect and replace seal</textarea>
      </label>
      <button type="submit">Raise job</button>
      <span id="message" role="status"></span>
    </form>
  </section>
  <section>
    <h2>Jobs</h2>
    <table>
      <thead><tr><th>Job</th><th>Asset</th><th>Description</th><th>Priority</th><th>Due</th><th>Plant</th><th>Status</th><th>Work order</th><th>Raised</th></tr></thead>
      <tbody id="jobs"><tr><td colspan="9" class="pending">Loading…</td></tr></tbody>
    </table>
  </section>
</main>
<script>
  const form = document.getElementById('raise');
  const message = document.getElementById('message');
  const tbody = document.getElementById('jobs');
  const dueInput = form.elements.namedItem('dueDate');
  dueInput.value = new Date(Date.now() + 14 * 86400000).toISOString().slice(0, 10);

  // The ERP speaks dd.MM.yyyy; the browser's date input gives yyyy-MM-dd.
  function toErpDate(isoDate) {
    const [year, month, day] = isoDate.split('-');
    return day + '.' + month + '.' + year;
  }

  function show(text, kind) {
    message.textContent = text;
    message.className = kind;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
      asset: data.get('asset'),
      description: data.get('description'),
      priority: data.get('priority'),
      dueDate: toErpDate(String(data.get('dueDate'))),
      plant: data.get('plant'),
    };
    form.querySelector('button').disabled = true;
    try {
      const response = await fetch('/api/jobs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const result = await response.json();
      if (response.ok) {
        show('Raised ' + result.jobNumber + ' — waiting for the work order…', 'ok');
      } else {
        const fields = (result.fields || []).map((f) => f.path + ': ' + f.message).join('; ');
        show(result.message + (fields ? ' (' + fields + ')' : ''), 'error');
      }
      await refresh();
    } catch (error) {
      show('Could not reach the ERP: ' + error.message, 'error');
    } finally {
      form.querySelector('button').disabled = false;
    }
  });

  function cell(text, className) {
    const td = document.createElement('td');
    if (className) td.className = className;
    td.textContent = text;
    return td;
  }

  async function refresh() {
    const response = await fetch('/api/jobs');
    if (!response.ok) return;
    const { data } = await response.json();
    const rows = data.slice().reverse().map((job) => {
      const tr = document.createElement('tr');
      tr.append(cell(job.jobNumber), cell(job.asset), cell(job.description, 'text'), cell(job.priority), cell(job.dueDate), cell(job.plant));
      const status = document.createElement('td');
      const badge = document.createElement('span');
      badge.className = 'status ' + job.status;
      badge.textContent = job.status;
      status.append(badge);
      tr.append(status);
      tr.append(job.workOrderId ? cell(job.workOrderId, 'wo') : cell('pending', 'pending'));
      tr.append(cell(new Date(job.raisedAt).toLocaleString()));
      return tr;
    });
    if (rows.length === 0) {
      const empty = cell('No jobs yet — raise one above.', 'pending');
      empty.colSpan = 9;
      const tr = document.createElement('tr');
      tr.append(empty);
      rows.push(tr);
    }
    tbody.replaceChildren(...rows);
  }

  refresh();
  setInterval(() => refresh().catch(() => {}), 2000);
</script>
</body>
</html>
`;
