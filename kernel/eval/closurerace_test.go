package eval

import (
	"fmt"
	"strings"
	"testing"
)

// TestClosuresOfALoopRunInGoroutines: closures made in a loop and run by
// goroutines each see their own iteration. yaegi runs `go func() {...}()`
// on the statement's frame, read late, and a closure that returns puts
// back the slot of the frame it was made in, so the loop could be handed
// the previous iteration's closure (a value seen twice, one never): under
// load, a few rounds in thirty went wrong before freshClosures and goDefer
// made each closure by a call of its own. The wrong answer depends on
// timing, so each form runs many rounds; every round must be right.
func TestClosuresOfALoopRunInGoroutines(t *testing.T) {
	s := newSession(t, Options{})
	run(t, s, `import (
	"slices"
	"sync"
)

var mu sync.Mutex

type job struct{ run func() }

func distinct(got []int) int {
	slices.Sort(got)
	return len(slices.Compact(got))
}`)
	forms := map[string]string{
		"a closure bound to a name, then go": `w := func() { defer wg.Done(); mu.Lock(); got = append(got, i); mu.Unlock() }
		wg.Add(1)
		go w()`,
		"go of a function literal": `wg.Add(1)
		go func() { defer wg.Done(); mu.Lock(); got = append(got, i); mu.Unlock() }()`,
		"wg.Go of a function literal": `wg.Go(func() { mu.Lock(); got = append(got, i); mu.Unlock() })`,
		"a closure in a struct, run by a goroutine": `j := job{run: func() { mu.Lock(); got = append(got, i); mu.Unlock() }}
		wg.Go(j.run)`,
	}
	for name, body := range forms {
		t.Run(name, func(t *testing.T) {
			cell := fmt.Sprintf(`bad := 0
for range 30 {
	var wg sync.WaitGroup
	var got []int
	for i := range 300 {
		%s
	}
	wg.Wait()
	if distinct(got) != 300 {
		bad++
	}
}
fmt.Println("rounds with a value seen twice:", bad)`, body)
			out, _ := run(t, s, cell)
			if strings.TrimSpace(out) != "rounds with a value seen twice: 0" {
				t.Errorf("%s", out)
			}
		})
	}
}
