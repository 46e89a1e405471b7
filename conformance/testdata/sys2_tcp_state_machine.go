package main

import (
	"fmt"
	"strings"
	"sync"
)

type flags uint8

const (
	SYN flags = 1 << iota
	ACK
	FIN
	PSH
)

func (f flags) String() string {
	var names []string
	for i, n := range []string{"SYN", "ACK", "FIN", "PSH"} {
		if f&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, "|")
}

type state string

type segment struct {
	from, to string
	flags    flags
	seq, ack uint32
	data     string
}

type endpoint struct {
	name, peer string
	st         state
	seq, ack   uint32
	inbox      chan segment
	wire       chan<- segment
	history    []string
}

func (e *endpoint) become(s state) {
	e.history = append(e.history, fmt.Sprintf("%s -> %s", e.st, s))
	e.st = s
}

func (e *endpoint) send(f flags, data string) {
	e.wire <- segment{e.name, e.peer, f, e.seq, e.ack, data}
	e.seq += uint32(len(data))
	if f&(SYN|FIN) != 0 {
		e.seq++ // SYN and FIN each consume one sequence number
	}
}

func (e *endpoint) expect(f flags) segment {
	s := <-e.inbox
	if s.flags&f != f {
		panic(fmt.Sprintf("%s in %s: want %v, got %v", e.name, e.st, f, s.flags))
	}
	return s
}

func client(e *endpoint, messages []string, echoes *[]string) {
	e.send(SYN, "")
	e.become("SYN_SENT")
	s := e.expect(SYN | ACK)
	e.ack = s.seq + 1
	e.send(ACK, "")
	e.become("ESTABLISHED")
	for _, m := range messages {
		e.send(PSH|ACK, m)
		r := e.expect(ACK)
		e.ack = r.seq + uint32(len(r.data))
		*echoes = append(*echoes, fmt.Sprintf("%q acked=%v", r.data, r.ack == e.seq))
	}
	e.send(FIN|ACK, "")
	e.become("FIN_WAIT_1")
	e.expect(ACK)
	e.become("FIN_WAIT_2")
	s = e.expect(FIN)
	e.ack = s.seq + 1
	e.send(ACK, "")
	e.become("TIME_WAIT")
	e.become("CLOSED") // the fake clock skips the 2*MSL wait
}

func server(e *endpoint) {
	e.become("LISTEN")
	s := e.expect(SYN)
	e.ack = s.seq + 1
	e.send(SYN|ACK, "")
	e.become("SYN_RCVD")
	e.expect(ACK)
	e.become("ESTABLISHED")
	for {
		s = <-e.inbox
		if s.flags&FIN != 0 {
			break
		}
		e.ack = s.seq + uint32(len(s.data))
		e.send(PSH|ACK, strings.ToUpper(s.data))
	}
	e.ack = s.seq + 1
	e.send(ACK, "")
	e.become("CLOSE_WAIT")
	e.send(FIN|ACK, "")
	e.become("LAST_ACK")
	e.expect(ACK)
	e.become("CLOSED")
}

func main() {
	wire := make(chan segment)
	c := &endpoint{name: "client", peer: "server", st: "CLOSED", seq: 1000, inbox: make(chan segment, 4), wire: wire}
	s := &endpoint{name: "server", peer: "client", st: "CLOSED", seq: 5000, inbox: make(chan segment, 4), wire: wire}
	inboxes := map[string]chan segment{"client": c.inbox, "server": s.inbox}

	// The "network" relays every segment and records the capture in order.
	var capture []string
	relayDone := make(chan struct{})
	go func() {
		defer close(relayDone)
		for seg := range wire {
			capture = append(capture, fmt.Sprintf("%s > %s  %-7v seq=%d ack=%d len=%d %q",
				seg.from, seg.to, seg.flags, seg.seq, seg.ack, len(seg.data), seg.data))
			inboxes[seg.to] <- seg
		}
	}()

	var echoes []string
	var wg sync.WaitGroup
	wg.Go(func() { server(s) })
	wg.Go(func() { client(c, []string{"hello", "state machines", "bye"}, &echoes) })
	wg.Wait()
	close(wire)
	<-relayDone

	for i, line := range capture {
		fmt.Printf("#%02d %s\n", i+1, line)
	}
	for _, e := range []*endpoint{c, s} {
		fmt.Printf("%s transitions: %s\n", e.name, strings.Join(e.history, ", "))
	}
	fmt.Println("echoes:", strings.Join(echoes, "; "))
	fmt.Printf("final: client seq=%d ack=%d, server seq=%d ack=%d\n", c.seq, c.ack, s.seq, s.ack)
}
