// Package browsertest drives the kernel in real front ends in a real
// browser: JupyterLab 4 (built from npm by .ci/jupyterlab.sh, served by
// Debian's jupyterlab-server) and the classic Notebook (Debian's
// jupyter-notebook), in Debian's headless chromium.
//
// The tests speak the W3C WebDriver protocol to Debian's chromedriver
// (package chromium-driver) with a small client of their own
// (webdriver_test.go). chromium-driver is built from the same source
// package as chromium, so the driver always matches the browser, and the
// tests need neither Python nor a Go module beyond the standard library.
// Most checks read the front ends' own application objects
// (window.jupyterapp in JupyterLab, Jupyter.notebook in the Notebook)
// and their DOM, which is what the learner sees.
//
// Each test runs a course notebook with Run All and checks that every
// cell ran without an error; runs a notebook whose first cell leaves a
// goroutine, a thread and a process printing after it ended and checks
// that the late output sits under that cell; interrupts and restarts the
// kernel from the toolbar; and checks completion kinds (JupyterLab) and
// that tabs are not drawn as arrows (the Notebook). Screenshots are
// written to $GOKERNEL_ARTIFACTS (or a temporary directory), which each
// test prints.
//
// Missing pieces make the tests skip and name the apt packages (or, for
// JupyterLab, the build command) to install; GOKERNEL_REQUIRE_BROWSER=1
// makes that a failure.
//
//	go test ./kernel/browsertest -v
package browsertest
