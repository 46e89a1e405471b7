package browsertest

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// startNotebook serves dir with Debian's classic Notebook and opens it in
// the browser.
func startNotebook(t *testing.T) (e *env, d *driver, base, token, dir string) {
	t.Helper()
	chromium, chromedriver := browser(t)
	nb, err := exec.LookPath("jupyter-notebook")
	need(t, err == nil, "no classic Notebook: apt-get install jupyter-notebook")
	e = setup(t)
	shots := artifacts(t)
	dir = t.TempDir()
	base, token = server(t, e, shots, dir, nb, "--no-browser", "--ip=127.0.0.1", "--allow-root",
		"--NotebookApp.token=gokernel-test-token", "--notebook-dir="+dir)
	d = startBrowser(t, chromedriver, chromium, shots)
	return e, d, base, token, dir
}

// openClassic opens a notebook and waits until its Go kernel is idle.
func openClassic(t *testing.T, d *driver, base, token, name string) {
	t.Helper()
	d.open(base + "/notebooks/" + name + "?token=" + token)
	d.waitJS("the notebook and its Go kernel", 60*time.Second, `
		const nb = window.Jupyter && Jupyter.notebook;
		return !!(nb && nb._fully_loaded && nb.kernel && nb.kernel.name === 'gokernel' &&
			nb.kernel.is_connected() && $('#kernel_indicator_icon').hasClass('kernel_idle_icon'));`)
}

// classicDone reports, in the page, whether every code cell has run and
// the kernel is idle.
const classicDone = `
	const cells = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');
	return cells.every(c => typeof c.input_prompt_number === 'number') &&
		$('#kernel_indicator_icon').hasClass('kernel_idle_icon');`

// classicOutputs are the texts the code cells show, and their errors.
func classicOutputs(d *driver) (texts, errs []string) {
	var out struct{ Texts, Errs []string }
	d.js(&out, `
		const cells = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');
		return {
			Texts: cells.map(c => c.output_area.element[0].innerText),
			Errs: cells.map(c => c.output_area.outputs.filter(o => o.output_type === 'error').map(o => o.ename + ': ' + o.evalue).join('\n')),
		};`)
	return out.Texts, out.Errs
}

func TestClassicNotebook(t *testing.T) {
	e, d, base, token, dir := startNotebook(t)

	// A course notebook, Run All from the menu: every cell runs, none fails.
	copyNotebook(t, e, "00-hello.ipynb", dir)
	openClassic(t, d, base, token, "00-hello.ipynb")
	d.js(nil, `$('#run_all_cells').click()`)
	d.waitJS("Run All of 00-hello", 90*time.Second, classicDone)
	texts, errs := classicOutputs(d)
	for i, e := range errs {
		if e != "" {
			t.Errorf("00-hello cell %d failed: %s", i, e)
		}
	}
	if !strings.Contains(strings.Join(texts, "\n"), "Hello") {
		t.Errorf("00-hello printed no greeting: %q", texts)
	}
	d.screenshot("00-hello-run-all")

	// Late output of a goroutine, a thread and a process sits under the
	// cell that started them, not under the cell that runs meanwhile.
	writeNotebook(t, filepath.Join(dir, "late.ipynb"), lateCells)
	openClassic(t, d, base, token, "late.ipynb")
	d.js(nil, `$('#run_all_cells').click()`)
	d.waitJS("Run All of late.ipynb", 60*time.Second, classicDone)
	texts, errs = classicOutputs(d)
	for i, e := range errs {
		if e != "" {
			t.Errorf("late.ipynb cell %d failed: %s", i, e)
		}
	}
	checkLate(t, texts)

	// Tabs: Go's indentation is not drawn as arrows (kernel.css).
	var tabs struct {
		Count       int
		Backgrounds []string
		CSS         string
	}
	d.js(&tabs, `
		const spans = [...document.querySelectorAll('.CodeMirror span.cm-tab')];
		return {Count: spans.length, Backgrounds: [...new Set(spans.map(s => getComputedStyle(s).backgroundImage))],
			CSS: $('#kernel-css').attr('href') || ''};`)
	if tabs.Count == 0 {
		t.Errorf("no tab in the code cells: CodeMirror draws none?")
	}
	if len(tabs.Backgrounds) != 1 || tabs.Backgrounds[0] != "none" {
		t.Errorf("tabs are drawn with %q (kernel.css link %q), want no background image", tabs.Backgrounds, tabs.CSS)
	}
	d.screenshot("late-output-and-tabs")

	// Inspect (Shift+Tab) shows the standard library's doc.
	d.js(nil, `
		const cell = Jupyter.notebook.insert_cell_at_bottom('code');
		cell.set_text('strings.TrimSpace');
		Jupyter.notebook.select(Jupyter.notebook.find_cell_index(cell));
		cell.focus_editor();
		cell.code_mirror.setCursor({line: 0, ch: 17});`)
	d.press("\ue008", "\ue004") // Shift+Tab
	d.waitJS("the inspect tooltip", 20*time.Second, `
		const t = $('#tooltip');
		return t.is(':visible') && t.text().includes('TrimSpace returns');`)
	var tip string
	d.js(&tip, `return $('#tooltip').text()`)
	if !strings.Contains(tip, "func strings.TrimSpace(s string) string") {
		t.Errorf("inspect tooltip: %q", tip)
	}
	d.screenshot("inspect-strings-TrimSpace")
	d.js(nil, `
		Jupyter.tooltip && Jupyter.tooltip.remove_and_cancel_tooltip(true);
		Jupyter.notebook.delete_cell(Jupyter.notebook.ncells() - 1);`)

	// Interrupt from the toolbar.
	d.js(nil, `
		const cell = Jupyter.notebook.insert_cell_at_bottom('code');
		cell.set_text('fmt.Println("looping")\nfor {\n\ttime.Sleep(10 * time.Millisecond)\n}');
		cell.execute();`)
	d.waitJS("the looping cell to print", 30*time.Second, `
		const cells = Jupyter.notebook.get_cells();
		return cells[cells.length-1].output_area.element[0].innerText.includes('looping');`)
	d.js(nil, `$('button[data-jupyter-action="jupyter-notebook:interrupt-kernel"]').click()`)
	d.waitJS("the interrupted cell to end", 30*time.Second, classicDone)
	// The error (IOPub) may reach the page just after the reply (shell).
	d.waitJS("the interrupted cell's error", 10*time.Second, `
		const cells = Jupyter.notebook.get_cells();
		return cells[cells.length-1].output_area.outputs.some(o => o.output_type === 'error');`)
	var interrupted string
	d.js(&interrupted, `
		const cells = Jupyter.notebook.get_cells();
		return cells[cells.length-1].output_area.outputs.filter(o => o.output_type === 'error').map(o => o.ename).join();`)
	if interrupted != "Interrupted" {
		t.Errorf("after the toolbar's interrupt: error %q, want Interrupted", interrupted)
	}
	d.screenshot("interrupted")

	// Restart from the toolbar (and its confirmation dialog): the session's
	// definitions are gone, the kernel works.
	d.js(nil, `
		window.gkRestarted = false;
		Jupyter.notebook.events.one('kernel_ready.Kernel', () => { window.gkRestarted = true; });
		$('button[data-jupyter-action="jupyter-notebook:confirm-restart-kernel"]').click();`)
	d.waitJS("the restart dialog", 10*time.Second, `return $('.modal-footer button.btn-danger:visible').length > 0`)
	d.js(nil, `$('.modal-footer button.btn-danger:visible').click()`)
	d.waitJS("the restarted kernel", 60*time.Second, `
		return window.gkRestarted && Jupyter.notebook.kernel.is_connected() && $('#kernel_indicator_icon').hasClass('kernel_idle_icon') &&
			$('.modal:visible').length === 0;`)
	// One cell at a time: a cell queued behind one that fails is aborted
	// (stop_on_error, as with ipykernel).
	d.js(nil, `
		const cell = Jupyter.notebook.insert_cell_at_bottom('code');
		cell.set_text('lateProcess');
		cell.execute();`)
	d.waitJS("the failing cell after the restart", 60*time.Second, `
		const cells = Jupyter.notebook.get_cells();
		return cells[cells.length-1].output_area.outputs.length > 0;`)
	d.js(nil, `
		const ok = Jupyter.notebook.insert_cell_at_bottom('code');
		ok.set_text('40 + 2');
		ok.execute();`)
	d.waitJS("the cells after the restart", 30*time.Second, classicDone)
	var state string
	d.js(&state, `return JSON.stringify(Jupyter.notebook.get_cells().slice(-2).map(c => [c.input_prompt_number, c.output_area.outputs]))`)
	t.Logf("after the restart: %s", state)
	d.waitJS("the outputs after the restart", 10*time.Second, `
		const cells = Jupyter.notebook.get_cells();
		const n = cells.length;
		return cells[n-2].output_area.outputs.length > 0 && cells[n-1].output_area.outputs.length > 0;`)
	var after struct{ Err, Value string }
	d.js(&after, `
		const cells = Jupyter.notebook.get_cells();
		const n = cells.length;
		return {Err: cells[n-2].output_area.outputs.map(o => o.evalue || '').join(), Value: cells[n-1].output_area.element[0].innerText};`)
	if !strings.Contains(after.Err, "undefined") || !strings.Contains(after.Value, "42") {
		t.Errorf("after the toolbar's restart: %q (want undefined: lateProcess), %q (want 42)", after.Err, after.Value)
	}
	d.screenshot("restarted")
}
