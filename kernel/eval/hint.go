package eval

// PythonHint is the hint for a Python habit that the session's own errors
// carry (pyhints.go), for errors found before the session runs a cell
// (kernel/typecheck); "" when the line shows none.
//
//	eval.PythonHint("CompileError", "lock.acquire undefined (...)", "lock.acquire()")
func PythonHint(name, msg, line string) string { return pythonHint(name, msg, line) }
