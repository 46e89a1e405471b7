package main

import (
	"fmt"
	"strings"
	"sync"
)

type Message struct {
	Seq  int
	From string
	Text string
}

func (m Message) String() string { return fmt.Sprintf("#%d <%s> %s", m.Seq, m.From, m.Text) }

type Client struct {
	Name  string
	inbox chan Message
	log   []string
}

type Room struct {
	mu      sync.Mutex
	clients []*Client
	seq     int
}

func (r *Room) Join(name string) *Client {
	c := &Client{Name: name, inbox: make(chan Message, 16)}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clients = append(r.clients, c)
	return c
}

// Broadcast delivers to everyone except the sender. Holding the lock while
// sending keeps every inbox in the same global order.
func (r *Room) Broadcast(from, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seq++
	msg := Message{Seq: r.seq, From: from, Text: text}
	for _, c := range r.clients {
		if c.Name != from {
			c.inbox <- msg
		}
	}
}

func (r *Room) Close() {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.clients {
		close(c.inbox)
	}
}

func main() {
	room := &Room{}
	names := []string{"alice", "bob", "carol"}
	clients := make([]*Client, len(names))
	for i, n := range names {
		clients[i] = room.Join(n)
	}

	var readers sync.WaitGroup
	for _, c := range clients {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for m := range c.inbox {
				c.log = append(c.log, m.String())
			}
		}()
	}

	script := []struct{ from, text string }{
		{"alice", "hi all"}, {"bob", "hey alice"}, {"carol", "morning!"},
		{"alice", "standup in 5"}, {"bob", "ok"},
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, s := range script {
			room.Broadcast(s.from, s.text)
		}
	}()
	<-done
	room.Close()
	readers.Wait()

	for _, c := range clients {
		fmt.Printf("== %s received %d\n", c.Name, len(c.log))
		fmt.Println("  " + strings.Join(c.log, "\n  "))
	}
}
