package threads

import "strings"

// userStack keeps the frames of a panic's stack that belong to the
// learner's code: the machinery around it (the interpreter, reflect, the
// panic and recover calls, this package) only hides the interesting
// lines. It returns "" when nothing is left, as for a panic in interpreted
// code, whose position the interpreter reports itself.
func userStack(stack string) string {
	lines := strings.Split(strings.TrimRight(stack, "\n"), "\n")
	if len(lines) < 3 {
		return ""
	}
	var kept []string
	for i := 1; i+1 < len(lines); i += 2 { // a frame: function line, then "\tfile:line"
		fn := lines[i]
		if noise(fn) {
			continue
		}
		kept = append(kept, fn, lines[i+1])
	}
	if len(kept) == 0 {
		return ""
	}
	return lines[0] + "\n" + strings.Join(kept, "\n") + "\n"
}

func noise(fn string) bool {
	for _, p := range []string{"runtime/debug.", "panic(", "runtime.gopanic", "github.com/traefik/yaegi/", "reflect.", "gokernel/runtime/threads.", "created by "} {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	return false
}
