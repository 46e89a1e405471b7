// Command testevaluator is the evaluator process alone, for the tests of
// kernel/evalproc when the whole gokernel binary does not build.
package main

import (
	"os"

	"gokernel/kernel/evalproc"
)

func main() {
	if len(os.Args) < 2 || os.Args[1] != evalproc.EvaluatorCommand {
		os.Stderr.WriteString("usage: testevaluator " + evalproc.EvaluatorCommand + "\n")
		os.Exit(2)
	}
	os.Exit(evalproc.ServeEvaluator())
}
