package processes

import (
	"fmt"
	"sync"

	"gokernel/runtime/session"
)

// A child that cannot run its function (the session's declarations it
// needs do not rebuild, or it lacks the function) says so in the cell
// that started it as soon as it answers, not only in Join's or Get's
// error, which a learner may never print. A pool reports it once per
// target and error.
var (
	reportedMu sync.Mutex
	reported   = map[string]bool{}
)

func reportNotStarted(cell, target string, r reply) {
	msg := ""
	for _, res := range r.Results {
		if res.Err != "" {
			msg = res.Err
			break
		}
	}
	for _, res := range r.Fails {
		if msg == "" && res.Err != "" {
			msg = res.Err
		}
	}
	if msg == "" {
		return
	}
	key := cell + "\x00" + target + "\x00" + msg
	reportedMu.Lock()
	seen := reported[key]
	if len(reported) > 1000 {
		clear(reported)
	}
	reported[key] = true
	reportedMu.Unlock()
	if seen {
		return
	}
	session.Emit(session.Output{Cell: cell, Kind: "stream", Name: "stderr",
		Text: fmt.Sprintf("error: a child process could not run %s: %s\n", target, msg)})
}
