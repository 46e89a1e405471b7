package browsertest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// labBuild is the JupyterLab build of .ci/jupyterlab.sh, or "".
func labBuild() string {
	dir := os.Getenv("GOKERNEL_JUPYTERLAB")
	if dir == "" {
		home, _ := os.UserHomeDir()
		dir = filepath.Join(home, ".cache", "gokernel", "jupyterlab")
	}
	if _, err := os.Stat(filepath.Join(dir, "build", "bundle.js")); err != nil {
		return ""
	}
	return dir
}

// labWidget is the JavaScript expression of the notebook panel in front.
const labWidget = `window.jupyterapp.shell.currentWidget`

// labDone reports whether every code cell of the current notebook has
// run and the kernel is idle.
const labDone = `
	const w = ` + labWidget + `;
	const k = w.sessionContext.session && w.sessionContext.session.kernel;
	return !!k && k.status === 'idle' && !w.sessionContext.pendingInput &&
		w.content.widgets.filter(c => c.model.type === 'code').every(c => c.model.executionCount !== null);`

// openLab opens a notebook in JupyterLab with the Go kernel and waits
// until the kernel is idle.
func openLab(t *testing.T, d *driver, name string) {
	t.Helper()
	d.js(nil, `window.jupyterapp.commands.execute('docmanager:open', {path: arguments[0], factory: 'Notebook', kernel: {name: 'gokernel'}});`, name)
	d.waitJS("the notebook "+name+" and its Go kernel", 60*time.Second, `
		const w = `+labWidget+`;
		if (!w || !w.context || w.context.path !== arguments[0] || !w.sessionContext.session) return false;
		const k = w.sessionContext.session.kernel;
		return !!k && k.name === 'gokernel' && k.connectionStatus === 'connected' && k.status === 'idle';`, name)
}

// labOutputs are the texts the code cells show and their errors.
func labOutputs(d *driver) (texts, errs []string) {
	var out struct{ Texts, Errs []string }
	d.js(&out, `
		const cells = `+labWidget+`.content.widgets.filter(c => c.model.type === 'code');
		return {
			// From the model: JupyterLab 4 does not render cells scrolled
			// out of view (windowing), so their nodes have no text.
			Texts: cells.map(c => c.model.outputs.toJSON().map(o =>
				o.output_type === 'stream' ? [].concat(o.text).join('') :
				o.data && o.data['text/plain'] ? [].concat(o.data['text/plain']).join('') : '').join('')),
			Errs: cells.map(c => c.model.outputs.toJSON().filter(o => o.output_type === 'error').map(o => o.ename + ': ' + o.evalue).join('\n')),
		};`)
	return out.Texts, out.Errs
}

// labToolbar clicks the current notebook's toolbar button for command
// with the mouse.
func labToolbar(t *testing.T, d *driver, command string) {
	t.Helper()
	if !d.click(`.jp-NotebookPanel:not(.lm-mod-hidden) .jp-NotebookPanel-toolbar [data-command="` + command + `"]`) {
		d.screenshot("no-toolbar-button")
		t.Fatalf("no toolbar button for %s", command)
	}
}

// labRun appends a code cell with source and runs it.
func labRun(d *driver, source string) {
	d.js(nil, `
		const w = `+labWidget+`;
		w.content.activeCellIndex = w.content.widgets.length - 1;
		const source = arguments[0];
		// Not waited for: the cell may run for ever (until interrupted).
		window.jupyterapp.commands.execute('notebook:insert-cell-below').then(() => {
			w.content.activeCell.model.sharedModel.setSource(source);
			window.jupyterapp.commands.execute('notebook:run-cell');
		});`, source)
	time.Sleep(500 * time.Millisecond)
}

func TestJupyterLab(t *testing.T) {
	chromium, chromedriver := browser(t)
	need(t, exec.Command("/usr/bin/python3", "-c", "import jupyterlab_server, jupyter_server").Run() == nil,
		"no JupyterLab server: apt-get install python3-jupyter-server python3-jupyterlab-server")
	build := labBuild()
	need(t, build != "", "no JupyterLab build: run bash .ci/jupyterlab.sh (needs npm; set GOKERNEL_JUPYTERLAB to its directory if not the default)")
	e := setup(t)
	shots := artifacts(t)
	dir := t.TempDir()
	base, token := server(t, e, shots, build, "/usr/bin/python3", filepath.Join(build, "serve.py"),
		"--ServerApp.ip=127.0.0.1", "--ServerApp.token=gokernel-test-token", "--ServerApp.root_dir="+dir,
		"--ServerApp.open_browser=False", "--ServerApp.allow_root=True")
	d := startBrowser(t, chromedriver, chromium, shots)
	d.open(base + "/lab?token=" + token)
	d.waitJS("JupyterLab", 90*time.Second, `return !!(window.jupyterapp && window.jupyterapp.shell && document.querySelector('.jp-LabShell'))`)
	var restored bool
	d.jsAsync(&restored, `const done = arguments[arguments.length-1]; window.jupyterapp.restored.then(() => done(true));`)

	// A course notebook (pools: E5, E6 and E6 without the wait, whose
	// greetings arrive after its cell ended), Run All: every cell runs,
	// none fails, the late greetings sit under their cell.
	copyNotebook(t, e, "03-pools.ipynb", dir)
	openLab(t, d, "03-pools.ipynb")
	d.js(nil, `window.jupyterapp.commands.execute('notebook:run-all-cells')`)
	d.waitJS("Run All of 03-pools", 180*time.Second, labDone)
	texts, errs := labOutputs(d)
	for i, e := range errs {
		if e != "" {
			t.Errorf("03-pools cell %d failed: %s", i, e)
		}
	}
	if len(texts) > 2 {
		// E6-nowait: "Done!" first, the seven greetings later, all in it.
		deadline := time.Now().Add(20 * time.Second)
		for strings.Count(texts[2], "Hello") < 7 && time.Now().Before(deadline) {
			time.Sleep(200 * time.Millisecond)
			texts, _ = labOutputs(d)
		}
		if !strings.HasPrefix(texts[2], "Done!") || strings.Count(texts[2], "Hello") != 7 {
			t.Errorf("E6 without the wait: %q", texts[2])
		}
	}
	d.screenshot("03-pools-run-all")

	// Late output of a goroutine, a thread and a process.
	writeNotebook(t, filepath.Join(dir, "late.ipynb"), lateCells)
	openLab(t, d, "late.ipynb")
	d.js(nil, `window.jupyterapp.commands.execute('notebook:run-all-cells')`)
	d.waitJS("Run All of late.ipynb", 60*time.Second, labDone)
	texts, errs = labOutputs(d)
	for i, e := range errs {
		if e != "" {
			t.Errorf("late.ipynb cell %d failed: %s", i, e)
		}
	}
	checkLate(t, texts)
	d.screenshot("late-output")

	// Completion items carry their kinds.
	d.js(nil, `
		const w = `+labWidget+`;
		w.content.activeCellIndex = w.content.widgets.length - 1;
		return window.jupyterapp.commands.execute('notebook:insert-cell-below').then(() => {
			const cell = w.content.activeCell;
			cell.model.sharedModel.setSource('strings.Tr');
			w.content.mode = 'edit';
			cell.editor.focus();
			cell.editor.setCursorPosition(cell.editor.getPositionAt(10));
			return true;
		});`)
	time.Sleep(300 * time.Millisecond)
	d.press("\ue004") // Tab, as the learner presses it
	d.waitJS("the completer", 20*time.Second, `
		return [...document.querySelectorAll('.jp-Completer-item')].some(li => li.offsetParent !== null);`)
	var items []struct{ Text, Type, HTML string }
	d.js(&items, `
		const text = (li, sel) => li.querySelector(sel) ? li.querySelector(sel).textContent.trim() : '';
		return [...document.querySelectorAll('.jp-Completer-item')].filter(li => li.offsetParent !== null).map(li => ({
			Text: text(li, '.jp-Completer-match'),
			Type: text(li, '.jp-Completer-type') + '|' + text(li, '.jp-Completer-typeExtended'),
			HTML: li.outerHTML.slice(0, 400),
		}));`)
	found := false
	for _, it := range items {
		if it.Text == "TrimSpace" {
			found = true
			if it.Type != "f|function" { // the kind's first letter in a coloured box, and the kind
				t.Errorf("completion TrimSpace shows kind %q, want f(unction): %s", it.Type, it.HTML)
			}
		}
	}
	if !found {
		t.Errorf("no TrimSpace among the completions: %+v", items)
	}
	d.screenshot("completion-kinds")
	d.js(nil, `document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));
		const w = `+labWidget+`; w.content.mode = 'command';
		return window.jupyterapp.commands.execute('notebook:delete-cell');`)

	// Interrupt from the toolbar.
	labRun(d, "fmt.Println(\"looping\")\nfor {\n\ttime.Sleep(10 * time.Millisecond)\n}")
	d.waitJS("the looping cell to print", 30*time.Second, `
		const cells = `+labWidget+`.content.widgets;
		return cells[cells.length-1].outputArea.node.innerText.includes('looping');`)
	labToolbar(t, d, "notebook:interrupt-kernel")
	d.waitJS("the interrupted cell to end", 30*time.Second, labDone)
	// The error (IOPub) may reach the page just after the reply (shell).
	d.waitJS("the interrupted cell's error", 10*time.Second, `
		const cells = `+labWidget+`.content.widgets;
		return cells[cells.length-1].model.outputs.toJSON().some(o => o.output_type === 'error');`)
	texts, errs = labOutputs(d)
	if errs[len(errs)-1] == "" || !strings.HasPrefix(errs[len(errs)-1], "Interrupted") {
		t.Errorf("after the toolbar's interrupt: error %q, output %q", errs[len(errs)-1], texts[len(texts)-1])
	}
	d.screenshot("interrupted")

	// Restart from the toolbar and its dialog: the session's definitions
	// are gone, the kernel works.
	labToolbar(t, d, "notebook:restart-kernel")
	d.waitJS("the restart dialog", 10*time.Second, `return !!document.querySelector('.jp-Dialog .jp-mod-accept')`)
	d.js(nil, `document.querySelector('.jp-Dialog .jp-mod-accept').click()`)
	d.waitJS("the restarted kernel", 60*time.Second, `
		const k = `+labWidget+`.sessionContext.session.kernel;
		return k.status === 'idle' && k.connectionStatus === 'connected' && !document.querySelector('.jp-Dialog');`)
	labRun(d, "lateProcess")
	d.waitJS("the cell after the restart", 30*time.Second, labDone)
	labRun(d, "40 + 2")
	d.waitJS("the second cell after the restart", 30*time.Second, labDone)
	d.waitJS("the outputs after the restart", 10*time.Second, `
		const cells = `+labWidget+`.content.widgets;
		const n = cells.length;
		return cells[n-2].model.outputs.length > 0 && cells[n-1].model.outputs.length > 0;`)
	texts, errs = labOutputs(d)
	n := len(texts)
	if !strings.Contains(errs[n-2], "undefined") || !strings.Contains(texts[n-1], "42") {
		t.Errorf("after the toolbar's restart: %q (want undefined: lateProcess), %q (want 42)", errs[n-2], texts[n-1])
	}
	d.screenshot("restarted")
}
