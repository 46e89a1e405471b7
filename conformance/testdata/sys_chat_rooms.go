package main

import (
	"fmt"
	"sort"
	"strings"
)

type EventKind int

const (
	Join EventKind = iota
	Leave
	Say
)

func (k EventKind) String() string {
	return [...]string{"join", "leave", "say"}[k]
}

type Event struct {
	Kind       EventKind
	User, Room string
	Text       string
}

type Server struct {
	rooms    map[string]map[string]bool
	inboxes  map[string][]string
	events   chan Event
	finished chan struct{}
}

func NewServer() *Server {
	s := &Server{rooms: map[string]map[string]bool{}, inboxes: map[string][]string{},
		events: make(chan Event), finished: make(chan struct{})}
	go s.loop()
	return s
}

// loop is the only goroutine touching server state.
func (s *Server) loop() {
	defer close(s.finished)
	for ev := range s.events {
		members := s.rooms[ev.Room]
		switch ev.Kind {
		case Join:
			if members == nil {
				members = map[string]bool{}
				s.rooms[ev.Room] = members
			}
			members[ev.User] = true
			s.broadcast(ev.Room, fmt.Sprintf("[%s] * %s joined", ev.Room, ev.User))
		case Leave:
			delete(members, ev.User)
			s.broadcast(ev.Room, fmt.Sprintf("[%s] * %s left", ev.Room, ev.User))
		case Say:
			if members[ev.User] {
				s.broadcast(ev.Room, fmt.Sprintf("[%s] %s: %s", ev.Room, ev.User, ev.Text))
			}
		}
	}
}

func (s *Server) broadcast(room, line string) {
	for u := range s.rooms[room] {
		s.inboxes[u] = append(s.inboxes[u], line)
	}
}

func main() {
	s := NewServer()
	script := []Event{
		{Join, "ann", "go", ""}, {Join, "bob", "go", ""}, {Say, "ann", "go", "hi bob"},
		{Join, "cat", "rust", ""}, {Say, "bob", "go", "hello"}, {Say, "cat", "go", "not a member"},
		{Join, "cat", "go", ""}, {Leave, "ann", "go", ""}, {Say, "cat", "go", "ann left?"},
		{Join, "bob", "rust", ""}, {Say, "cat", "rust", "welcome"},
	}
	for _, ev := range script {
		fmt.Println("event:", ev.Kind, ev.User, ev.Room)
		s.events <- ev
	}
	close(s.events)
	<-s.finished
	users := make([]string, 0, len(s.inboxes))
	for u := range s.inboxes {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		fmt.Printf("== %s (%d)\n%s\n", u, len(s.inboxes[u]), strings.Join(s.inboxes[u], "\n"))
	}
	rooms := make([]string, 0)
	for r, m := range s.rooms {
		rooms = append(rooms, fmt.Sprintf("%s=%d", r, len(m)))
	}
	sort.Strings(rooms)
	fmt.Println("rooms:", rooms)
}
