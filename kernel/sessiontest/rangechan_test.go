package sessiontest

import "testing"

// A range over a slice, array or map of channels whose channels the syntax
// does not show (a map's element, a field, a name declared in another
// cell) reads them by index (yaegi took it for a range over a channel:
// "reflect: call of reflect.Value.Len on int Value", and in a goroutine
// started by sync.WaitGroup.Go it killed the evaluator).
func TestRangeOverChannelsOfAMap(t *testing.T) {
	const decls = `import (
	"fmt"
	"sync"
)

type Message struct{ Topic, Body string }

type Broker struct {
	subs map[string][]chan Message
	arr  [2]chan Message
}

func (b *Broker) Publish(m Message) int {
	for _, ch := range b.subs[m.Topic] {
		ch <- m
	}
	return len(b.subs[m.Topic])
}

func each(subs map[string][]chan Message, k string) (n int) {
	s := subs[k]
	for i, ch := range s {
		n += i + cap(ch)
	}
	return
}`
	const body = `a, b := make(chan Message, 4), make(chan Message, 4)
br := &Broker{subs: map[string][]chan Message{"news": {a, b}}, arr: [2]chan Message{a, b}}
var wg sync.WaitGroup
wg.Go(func() { fmt.Println("delivered", br.Publish(Message{"news", "hi"})) })
wg.Wait()
fmt.Println(<-a, <-b, each(br.subs, "news"))
for k, ch := range br.arr {
	ch <- Message{"k", fmt.Sprint(k)}
}
fmt.Println(<-a, <-b)`
	want := goRunMain(t, decls, body)
	k := start(t)
	k.ok(decls)
	if r := k.ok(body); r.Stdout != want || r.Stderr != "" {
		t.Errorf("stdout %q\ngo run: %q\nstderr %q (the interpreter must run it)", r.Stdout, want, r.Stderr)
	}
}
