package install

// KernelCSS is the kernelspec's kernel.css, which the classic Notebook
// loads while a notebook uses this kernel (its kernel selector sets the
// page's #kernel-css link to the spec's kernel.css resource).
//
// Go is indented with tabs, and the Notebook's CodeMirror 5 theme draws
// every tab as an arrow (a background image on span.cm-tab), which makes
// ordinary Go code look like a list of arrows; here tabs are blank, as
// in an editor. JupyterLab ignores kernel.css and draws tabs blank anyway.
const KernelCSS = `/* gokernel: Go is indented with tabs; draw them blank, as an editor does,
   not as the arrows of the classic Notebook's CodeMirror theme. */
.cm-s-ipython span.cm-tab,
.CodeMirror span.cm-tab {
  background: none;
}
`
