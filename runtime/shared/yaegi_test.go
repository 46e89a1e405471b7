package shared_test

import (
	"context"
	"strings"
	"testing"

	"gokernel/kernel/eval/evaltest"
)

// interpret runs the chunks in an interpreter set up as the kernel's and
// returns what they printed.
func interpret(t *testing.T, chunks ...string) (string, error) {
	t.Helper()
	i, out := evaltest.New(t, `import ("encoding/json"; "fmt"; "sync"; "time"; "gokernel/runtime/shared")`)
	for _, c := range chunks {
		if _, err := i.EvalWithContext(context.Background(), c); err != nil {
			return out.String(), err
		}
	}
	return out.String(), nil
}

// E9 from interpreted code (two goroutines standing in for the two
// processes): a counter and an array of names under one lock.
func TestInterpretedValueAndArray(t *testing.T) {
	out, err := interpret(t, `
func greet(counter *shared.Int, names *shared.StringArray, lock *shared.Lock) {
	for round := 0; round < 2; round++ {
		lock.Acquire()
		for k := 0; k < 3; k++ {
			counter.Add(1)
			time.Sleep(time.Millisecond)
		}
		fmt.Printf("Greeting %s! Counter is %d\n", names.Get(int(counter.Get()/3-1)), counter.Get())
		lock.Release()
	}
}`, `
counter := shared.NewInt(0)
names := shared.NewStringArrayOf([]string{"James", "Tom", "Sam", "Larry"}, 16)
lock := shared.NewLock()
var wg sync.WaitGroup
for p := 0; p < 2; p++ {
	wg.Add(1)
	go func() { defer wg.Done(); greet(counter, names, lock) }()
}
wg.Wait()
fmt.Println("final", counter)`)
	if err != nil {
		t.Fatal(err)
	}
	want := "Greeting James! Counter is 3\nGreeting Tom! Counter is 6\nGreeting Sam! Counter is 9\nGreeting Larry! Counter is 12\nfinal 12\n"
	if out != want {
		t.Fatalf("output:\n%s", out)
	}
}

// References made and attached from interpreted code, and the errors a
// cell sees.
func TestInterpretedCrossingAndErrors(t *testing.T) {
	out, err := interpret(t, `
v := shared.NewInt(5)
b, err := json.Marshal(v)
var w *shared.Int
err2 := json.Unmarshal(b, &w)
w.Set(9)
fmt.Println(err, err2, v.Get())
v.Lock()
fmt.Println(v.GetLock().TryAcquire())
v.Unlock()`)
	if err != nil {
		t.Fatal(err)
	}
	if out != "<nil> <nil> 9\nfalse\n" {
		t.Fatalf("output %q", out)
	}
	_, err = interpret(t, `shared.NewStringArrayOf([]string{"Bartholomew"}, 8)`)
	if err == nil || !strings.Contains(err.Error(), `"Bartholomew" is 11 bytes, more than the capacity 8`) {
		t.Fatalf("capacity error from a cell: %v", err)
	}
	_, err = interpret(t, `l := shared.NewLock(); l.Release()`)
	if err == nil || !strings.Contains(err.Error(), "Release of a shared.Lock that this process does not hold") {
		t.Fatalf("double release from a cell: %v", err)
	}
}
