// Command testkernel is gokernel reduced to its kernel and evaluator roles.
// The server's tests build it when the full command does not build yet
// (other packages it imports are still being written).
package main

import (
	"os"

	"gokernel/kernel/evalproc"
	"gokernel/kernel/server"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == evalproc.EvaluatorCommand {
		os.Exit(evalproc.ServeEvaluator())
	}
	os.Exit(server.Main(os.Args[1:]))
}
