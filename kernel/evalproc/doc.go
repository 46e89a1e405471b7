// Package evalproc runs cells in a separate evaluator process and
// supervises it from the kernel process.
//
// The kernel side is a Supervisor: it starts `gokernel __evaluator` in its
// own process group, sends requests (execute, complete, inspect,
// is_complete, replay, interrupt, input_reply, shutdown) on the
// evaluator's fd 3 and reads events (output, input requests, replies) from
// its fd 4. It keeps the session's declarations, so that when the
// evaluator dies (a panic in a goroutine, a stack overflow, concurrent map
// writes, SIGKILL) the running cell gets an error naming the cause and the
// lost values, and a new evaluator has the declarations replayed.
//
// The evaluator side is ServeEvaluator. Everything written to fd 1 and
// os.Stderr (fmt, os.Stdout.Write, compiled code, child processes) is read
// by reader goroutines, coalesced (one event per 64 KiB or 20 ms, not per
// line) and sent tagged with the running (or last) cell. After a cell it
// writes a sync marker into both pipes and replies only once the readers
// have passed it, so a reply always follows all of the cell's output.
// fd 2 stays the kernel's log: the Go runtime writes crash reports there.
//
//	sup, err := evalproc.Start(evalproc.Options{OnOutput: publish})
//	rep, err := sup.Execute(ctx, evalproc.ExecRequest{Cell: msgID, Code: "1+1"}, nil)
//	// rep.Result["text/plain"] == "2"
package evalproc
