package eval

import (
	"regexp"
	"strings"
)

// Hints for Python habits. Learners of the course come from Python's
// threading and multiprocessing, and some of their habits are errors in
// Go: counter.value += 1 on a shared value, lock.acquire(), p.start(),
// keyword arguments. The error of such a line gets a hint that names the
// Go way (docs/python-to-go.md has the whole table).

// pyMethods maps Python method names of threading and multiprocessing
// objects to the runtime's Go names.
var pyMethods = map[string]string{
	"acquire": "Acquire", "release": "Release", "locked": "Locked",
	"start": "Start", "join": "Join", "is_alive": "Alive", "terminate": "Terminate", "kill": "Kill",
	"exitcode": "ExitCode", "pid": "Pid", "name": "Name",
	"put": "Put", "get": "Get", "close": "Close", "send": "Send", "recv": "Recv",
	"wait": "Wait", "set": "Set", "clear": "Clear", "is_set": "IsSet",
	"notify": "Notify", "notify_all": "NotifyAll",
	"apply": "Apply", "apply_async": "ApplyAsync", "map_async": "MapAsync",
	"starmap": "Starmap", "starmap_async": "StarmapAsync", "imap": "Imap",
	"imap_unordered": "ImapUnordered", "ready": "Ready", "successful": "Successful",
	"get_lock": "GetLock",
}

var (
	// yaegi's "undefined method: x", "undefined selector x", go/types'
	// "x.y undefined (type T has no field or method y)".
	undefinedSel = regexp.MustCompile(`undefined (?:method|selector|field)[: ]+([\pL_][\pL\pN_]*)|has no field or method ([\pL_][\pL\pN_]*)`)
	valueUse     = regexp.MustCompile(`([\pL_][\pL\pN_.]*)\.value\s*(\+=|-=|=)?\s*([^=].*)?$`)
	keywordArg   = regexp.MustCompile(`[(,]\s*([\pL_][\pL\pN_]*)\s*=[^=]`)
	mapMethod    = regexp.MustCompile(`([\pL_][\pL\pN_]*)\.map\s*\(`)
)

// pythonHint returns a hint for an error of a cell line that shows a
// Python habit, or "".
func pythonHint(name, msg, line string) string {
	if m := undefinedSel.FindStringSubmatch(msg); m != nil {
		sel := m[1] + m[2]
		if sel == "value" {
			return valueHint(line)
		}
		if g, ok := pyMethods[sel]; ok {
			recv := "x"
			if r := regexp.MustCompile(`([\pL_][\pL\pN_]*)\.` + sel + `\b`).FindStringSubmatch(line); r != nil {
				recv = r[1]
			}
			return "Go's methods start with a capital letter, and the runtime's are named after Python's: " +
				recv + "." + sel + " is " + recv + "." + g + " (see docs/python-to-go.md)"
		}
		return ""
	}
	if name != "SyntaxError" {
		return ""
	}
	if m := mapMethod.FindStringSubmatch(line); m != nil && strings.Contains(msg, "'map'") {
		return "map is a Go keyword; a pool's map is " + m[1] + ".Map(f, items) (see docs/python-to-go.md)"
	}
	if m := keywordArg.FindStringSubmatch(line); m != nil && strings.Contains(msg, "'='") {
		return "Go has no keyword arguments (" + m[1] + "=...): pass the values by position, in the order of the parameters, " +
			"e.g. threads.Start(f, 1, 2) for Python's Thread(target=f, args=(1, 2)), processes.NewPool(3) for Pool(processes=3) (see docs/python-to-go.md)"
	}
	return ""
}

// valueHint is the hint for Python's counter.value on a shared value.
func valueHint(line string) string {
	recv, op, rhs := "counter", "", ""
	if m := valueUse.FindStringSubmatch(line); m != nil {
		recv, op, rhs = m[1], m[2], strings.TrimSpace(m[3])
		rhs = strings.ReplaceAll(rhs, recv+".value", recv+".Get()")
	}
	way := recv + ".Get() reads it, " + recv + ".Set(v) writes it and " + recv + ".Add(1) adds to it"
	switch {
	case op == "+=" && rhs != "":
		way = "write " + recv + ".Add(" + rhs + ") for Python's " + recv + ".value += " + rhs + " (" + recv + ".Get() reads it, " + recv + ".Set(v) writes it)"
	case op == "-=" && rhs != "":
		way = "write " + recv + ".Add(-(" + rhs + ")) for Python's " + recv + ".value -= " + rhs + " (" + recv + ".Get() reads it)"
	case op == "=" && rhs != "":
		way = "write " + recv + ".Set(" + rhs + ") (" + recv + ".Get() reads it, " + recv + ".Add(1) adds to it)"
	}
	return "a shared value (shared.NewInt, shared.NewFloat) has methods, not a value field: " + way + "; Add is atomic, so no lock is needed for it (see docs/python-to-go.md)"
}
