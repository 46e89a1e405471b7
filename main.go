// Command gokernel is a Jupyter kernel for Go.
//
//	gokernel -f CONNECTION_FILE      serve a kernel (what Jupyter runs)
//	gokernel install [--user|--sys-prefix|--prefix DIR]
//	gokernel uninstall [...same flags]
//	gokernel run NOTEBOOK.ipynb [-o OUT.ipynb | --inplace]
//
// Two hidden subcommands are the same binary in other roles: the evaluator
// process that the kernel supervises, and a child process that runs one
// function of a cell (runtime/processes).
package main

import (
	"os"

	"gokernel/install"
	"gokernel/kernel/childsession"
	"gokernel/kernel/evalproc"
	"gokernel/kernel/notebook"
	"gokernel/kernel/server"
	"gokernel/runtime/processes"
)

func main() {
	args := os.Args[1:]
	cmd := ""
	if len(args) > 0 {
		cmd = args[0]
	}
	switch cmd {
	case "install":
		os.Exit(install.Main(args[1:], false))
	case "uninstall":
		os.Exit(install.Main(args[1:], true))
	case "run":
		os.Exit(notebook.RunMain(args[1:]))
	case evalproc.EvaluatorCommand:
		os.Exit(evalproc.ServeEvaluator())
	case processes.ChildCommand:
		os.Exit(processes.RunChild(childsession.Resolver))
	case "kernel":
		os.Exit(server.Main(args[1:]))
	default:
		os.Exit(server.Main(args))
	}
}
