package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var ErrNoTransaction = errors.New("no transaction")

// change records the previous value of a key so it can be undone.
type change struct {
	key     string
	old     string
	existed bool
}

type Store struct {
	data   map[string]string
	counts map[string]int // value -> number of keys holding it
	undo   [][]change     // one undo log per open transaction
}

func NewStore() *Store {
	return &Store{data: map[string]string{}, counts: map[string]int{}}
}

func (s *Store) record(key string) {
	if len(s.undo) == 0 {
		return
	}
	old, ok := s.data[key]
	top := len(s.undo) - 1
	s.undo[top] = append(s.undo[top], change{key, old, ok})
}

func (s *Store) rawSet(key, val string, present bool) {
	if old, ok := s.data[key]; ok {
		s.counts[old]--
		if s.counts[old] == 0 {
			delete(s.counts, old)
		}
	}
	if !present {
		delete(s.data, key)
		return
	}
	s.data[key] = val
	s.counts[val]++
}

func (s *Store) Set(key, val string) { s.record(key); s.rawSet(key, val, true) }
func (s *Store) Delete(key string)   { s.record(key); s.rawSet(key, "", false) }
func (s *Store) Begin()              { s.undo = append(s.undo, nil) }

func (s *Store) Rollback() error {
	if len(s.undo) == 0 {
		return fmt.Errorf("rollback: %w", ErrNoTransaction)
	}
	log := s.undo[len(s.undo)-1]
	s.undo = s.undo[:len(s.undo)-1]
	for i := len(log) - 1; i >= 0; i-- {
		s.rawSet(log[i].key, log[i].old, log[i].existed)
	}
	return nil
}

func (s *Store) Commit() error {
	if len(s.undo) == 0 {
		return fmt.Errorf("commit: %w", ErrNoTransaction)
	}
	s.undo = nil // all nested transactions become permanent
	return nil
}

func (s *Store) Exec(line string) string {
	f := strings.Fields(line)
	argc := map[string]int{"SET": 3, "GET": 2, "DELETE": 2, "COUNT": 2, "INCR": 2}
	if n, ok := argc[f[0]]; ok && len(f) != n {
		return fmt.Sprintf("ERR %s expects %d args", f[0], n-1)
	}
	var err error
	switch f[0] {
	case "SET":
		s.Set(f[1], f[2])
	case "GET":
		if v, ok := s.data[f[1]]; ok {
			return v
		}
		return "NULL"
	case "DELETE":
		s.Delete(f[1])
	case "COUNT":
		return strconv.Itoa(s.counts[f[1]])
	case "INCR":
		n, convErr := strconv.Atoi(s.data[f[1]])
		if _, ok := s.data[f[1]]; ok && convErr != nil {
			return "ERR value is not an integer"
		}
		s.Set(f[1], strconv.Itoa(n+1))
		return s.data[f[1]]
	case "BEGIN":
		s.Begin()
	case "ROLLBACK":
		err = s.Rollback()
	case "COMMIT":
		err = s.Commit()
	case "DUMP":
		keys := make([]string, 0, len(s.data))
		for k := range s.data {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = k + "=" + s.data[k]
		}
		return fmt.Sprintf("{%s} depth=%d", strings.Join(parts, " "), len(s.undo))
	default:
		return fmt.Sprintf("ERR unknown command %q", f[0])
	}
	if errors.Is(err, ErrNoTransaction) {
		return "NO TRANSACTION"
	}
	return "OK"
}

func main() {
	script := strings.Join([]string{
		"SET a 10; SET b 10; COUNT 10; BEGIN; SET a 20; INCR counter",
		"BEGIN; DELETE b; INCR counter; DUMP; ROLLBACK; DUMP; ROLLBACK; DUMP; ROLLBACK",
		"BEGIN; SET c 10; INCR a; BEGIN; SET name gopher; COMMIT; DUMP; COUNT 10",
		"INCR name; SET x; FLUSH; GET name; GET missing",
	}, "; ")
	s := NewStore()
	for i, cmd := range strings.Split(script, "; ") {
		fmt.Printf("%2d %-16s => %s\n", i+1, cmd, s.Exec(cmd))
	}
}
