package main

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const session = `RESTORE
SET name gopher
SET lang go
SNAPSHOT
SET lang rust
DEL name
GET name
INCR visits
INCR lang
KEYS
RESTORE
KEYS
GET lang
LOG
PING`

type KeyError struct{ Key string }

func (e KeyError) Error() string { return fmt.Sprintf("key %q not found", e.Key) }

var ErrNoSnapshot = errors.New("no snapshot taken")

type Command struct{ Op, Key, Val string }

func (c Command) String() string { return strings.Join(strings.Fields(c.Op+" "+c.Key+" "+c.Val), " ") }

type Store struct {
	data, snapshot map[string]string
	log            []Command
}

func (s *Store) Apply(c Command) (string, error) {
	switch c.Op {
	case "SET":
		s.data[c.Key] = c.Val
	case "GET", "DEL":
		v, ok := s.data[c.Key]
		if !ok {
			return "", KeyError{c.Key}
		}
		if c.Op == "GET" {
			return v, nil
		}
		delete(s.data, c.Key)
	case "INCR":
		n, err := strconv.Atoi(cmp.Or(s.data[c.Key], "0"))
		if err != nil {
			return "", fmt.Errorf("INCR %s: value %q is not an integer", c.Key, s.data[c.Key])
		}
		s.data[c.Key] = strconv.Itoa(n + 1)
	case "KEYS":
		return strings.Join(slices.Sorted(maps.Keys(s.data)), ","), nil
	case "SNAPSHOT":
		s.snapshot = maps.Clone(s.data)
	case "RESTORE":
		if s.snapshot == nil {
			return "", fmt.Errorf("restore: %w", ErrNoSnapshot)
		}
		s.data = maps.Clone(s.snapshot)
	case "LOG":
		return fmt.Sprintf("%d commands: %v", len(s.log), s.log), nil
	default:
		return "", fmt.Errorf("unknown op %s", c.Op)
	}
	s.log = append(s.log, c)
	return "OK", nil
}

func main() {
	st := &Store{data: map[string]string{}}
	sc := bufio.NewScanner(strings.NewReader(session))
	for sc.Scan() {
		var cmd Command
		fmt.Sscan(sc.Text(), &cmd.Op, &cmd.Key, &cmd.Val) // missing fields stay ""
		res, err := st.Apply(cmd)
		var ke KeyError
		switch {
		case errors.As(err, &ke):
			fmt.Printf("%-16v -> (nil) [%v, key=%s]\n", cmd, err, ke.Key)
		case err != nil:
			fmt.Printf("%-16v -> ERR %v (nosnap=%t)\n", cmd, err, errors.Is(err, ErrNoSnapshot))
		default:
			fmt.Printf("%-16v -> %s\n", cmd, res)
		}
	}
	fmt.Printf("final: %v snapshot: %v log: %d %T\n", st.data, st.snapshot, len(st.log), st.log)
}
