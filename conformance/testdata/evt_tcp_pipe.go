// A tiny TCP-like protocol (handshake, stop-and-wait data with checksums,
// NAK-driven retransmission, teardown) between two goroutines over io.Pipe.
package main

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"io"
	"strings"
)

type ConnState int

const (
	Closed ConnState = iota
	Listen
	SynSent
	SynReceived
	Established
	FinWait
	CloseWait
)

func (s ConnState) String() string {
	return [...]string{"CLOSED", "LISTEN", "SYN_SENT", "SYN_RCVD", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT"}[s]
}

type Endpoint struct {
	name  string
	state ConnState
	r     *bufio.Reader
	w     io.Writer
	log   []string
}

func (e *Endpoint) send(format string, args ...any) {
	fmt.Fprintf(e.w, format+"\n", args...)
}

func (e *Endpoint) recv() []string {
	line, err := e.r.ReadString('\n')
	if err != nil {
		return []string{"EOF"}
	}
	return strings.Fields(line)
}

func (e *Endpoint) set(s ConnState, why string) {
	e.log = append(e.log, fmt.Sprintf("%-11v -> %-11v (%s)", e.state, s, why))
	e.state = s
}

func sum(s string) uint32 { return crc32.ChecksumIEEE([]byte(s)) }

func client(e *Endpoint, chunks []string, corrupt map[int]bool) {
	e.send("SYN 100")
	e.set(SynSent, "sent SYN")
	if f := e.recv(); f[0] == "SYNACK" {
		e.send("ACK")
		e.set(Established, "got SYNACK "+f[1])
	}
	for i := 0; i < len(chunks); {
		ck := sum(chunks[i])
		if corrupt[i] {
			ck ^= 0xFF
			delete(corrupt, i) // corrupt only the first transmission
		}
		e.send("DATA %d %s %d", i, chunks[i], ck)
		switch f := e.recv(); f[0] {
		case "ACK":
			i++
		case "NAK":
			e.log = append(e.log, "retransmit seq "+f[1])
		}
	}
	e.send("FIN")
	e.set(FinWait, "sent FIN")
	if f := e.recv(); f[0] == "FINACK" {
		e.set(Closed, "got FINACK")
	}
}

func server(e *Endpoint, out *[]string) {
	e.set(Listen, "passive open")
	for {
		f := e.recv()
		switch {
		case f[0] == "SYN" && e.state == Listen:
			e.send("SYNACK %s", f[1])
			e.set(SynReceived, "got SYN "+f[1])
		case f[0] == "ACK" && e.state == SynReceived:
			e.set(Established, "got ACK")
		case f[0] == "DATA" && e.state == Established:
			var ck uint32
			fmt.Sscan(f[3], &ck)
			if sum(f[2]) != ck {
				e.log = append(e.log, "bad checksum on seq "+f[1])
				e.send("NAK %s", f[1])
				continue
			}
			*out = append(*out, f[2])
			e.send("ACK %s", f[1])
		case f[0] == "FIN":
			e.set(CloseWait, "got FIN")
			e.send("FINACK")
			e.set(Closed, "sent FINACK")
			return
		default:
			e.log = append(e.log, "unexpected "+strings.Join(f, " "))
			return
		}
	}
}

func main() {
	c2sR, c2sW := io.Pipe()
	s2cR, s2cW := io.Pipe()
	cli := &Endpoint{name: "client", r: bufio.NewReader(s2cR), w: c2sW}
	srv := &Endpoint{name: "server", r: bufio.NewReader(c2sR), w: s2cW}

	chunks := []string{"hello", "event", "driven", "world"}
	var received []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		server(srv, &received)
	}()
	client(cli, chunks, map[int]bool{1: true, 3: true})
	<-done
	c2sW.Close()
	s2cW.Close()

	for _, e := range []*Endpoint{cli, srv} {
		fmt.Printf("%s log:\n", e.name)
		for _, l := range e.log {
			fmt.Println("  " + l)
		}
	}
	fmt.Printf("server received %d chunks: %s\n", len(received), strings.Join(received, " "))
	fmt.Printf("final states: client=%v server=%v\n", cli.state, srv.state)
}
