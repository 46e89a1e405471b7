package compiled

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"gokernel/kernel/magic"
)

const counterDecls = `var counter int
var mu sync.Mutex

func add(lock bool) {
	if lock {
		mu.Lock()
		defer mu.Unlock()
	}
	counter++
}`

func counterCell(lock bool) string {
	l := "false"
	if lock {
		l = "true"
	}
	return `var wg sync.WaitGroup
for range 2 {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 1000 {
			add(` + l + `)
		}
	}()
}
wg.Wait()
fmt.Println(counter)`
}

// A racy program's races are the cell's error (and not raw text on
// stderr); the locked version has none.
func TestRaceReport(t *testing.T) {
	needGo(t)
	if testing.Short() {
		t.Skip("race builds are slow")
	}
	for _, lock := range []bool{false, true} {
		cell := counterCell(lock)
		exe := build(t, handProgram([]string{"fmt", "sync"}, counterDecls, cell), BuildOptions{Race: true})
		var stderr syncBuffer
		err := Run(context.Background(), exe, RunOptions{Stdout: io.Discard, Stderr: &stderr, Race: true,
			Source: Source{Cell: cell, Decls: []string{"/*line _.go:1:1*/" + counterDecls}}})
		if lock {
			if err != nil || stderr.String() != "" {
				t.Errorf("locked: err %v, stderr %q", err, stderr.String())
			}
			continue
		}
		var me *magic.Error
		if !errors.As(err, &me) || me.Name != "DataRace" {
			t.Fatalf("racy: err = %v (stderr %q)", err, stderr.String())
		}
		tb := strings.Join(me.Traceback, "\n")
		t.Logf("%s", tb)
		if !strings.Contains(tb, "counter") {
			t.Errorf("the report does not name counter:\n%s", tb)
		}
		if strings.Contains(stderr.String(), "WARNING: DATA RACE") {
			t.Errorf("raw report on stderr: %q", stderr.String())
		}
	}
}
