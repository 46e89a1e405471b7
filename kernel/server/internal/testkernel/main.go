// Command testkernel is gokernel without its install and run subcommands:
// the kernel, its evaluator and child processes. The server's tests build
// it when the full command does not build (packages it imports are being
// written by others at the same time).
package main

import (
	"os"

	"gokernel/kernel/eval"
	"gokernel/kernel/evalproc"
	"gokernel/kernel/server"
	"gokernel/runtime/processes"
)

func main() {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case evalproc.EvaluatorCommand:
			os.Exit(evalproc.ServeEvaluator())
		case processes.ChildCommand:
			os.Exit(processes.RunChild(eval.ChildResolver))
		}
	}
	os.Exit(server.Main(os.Args[1:]))
}
