package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var (
	ErrNotFound = errors.New("key not found")
	ErrReadOnly = errors.New("storage is read-only")
)

type Storage interface {
	Put(key, val string) error
	Get(key string) (string, error)
	Keys() []string
}

type memoryStore struct{ data map[string]string }

func (m *memoryStore) Put(k, v string) error { m.data[k] = v; return nil }
func (m *memoryStore) Get(k string) (string, error) {
	v, ok := m.data[k]
	if !ok {
		return "", fmt.Errorf("memory get %q: %w", k, ErrNotFound)
	}
	return v, nil
}
func (m *memoryStore) Keys() []string {
	ks := make([]string, 0, len(m.data))
	for k := range m.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// logStore is append-only; the latest record for a key wins.
type logStore struct{ records []string }

func (l *logStore) Put(k, v string) error { l.records = append(l.records, k+"="+v); return nil }
func (l *logStore) Get(k string) (string, error) {
	for i := len(l.records) - 1; i >= 0; i-- {
		if key, val, _ := strings.Cut(l.records[i], "="); key == k {
			return val, nil
		}
	}
	return "", fmt.Errorf("log get %q: %w", k, ErrNotFound)
}
func (l *logStore) Keys() []string {
	seen := map[string]bool{}
	var ks []string
	for _, r := range l.records {
		k, _, _ := strings.Cut(r, "=")
		if !seen[k] {
			seen[k] = true
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	return ks
}

type readOnly struct{ Storage }

func (readOnly) Put(string, string) error { return ErrReadOnly }

func NewStorage(kind string, readonly bool) (Storage, error) {
	var s Storage
	switch kind {
	case "memory":
		s = &memoryStore{data: map[string]string{"seed": "1"}}
	case "log":
		s = &logStore{records: []string{"seed=0"}}
	default:
		return nil, fmt.Errorf("unknown storage kind %q", kind)
	}
	if readonly {
		s = readOnly{s}
	}
	return s, nil
}

func exercise(s Storage) {
	for i, k := range []string{"a", "b", "a"} {
		if err := s.Put(k, fmt.Sprint(i*10)); err != nil {
			fmt.Printf("  put %s: %v (read-only: %t)\n", k, err, errors.Is(err, ErrReadOnly))
			break
		}
	}
	for _, k := range []string{"a", "seed", "zzz"} {
		v, err := s.Get(k)
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Printf("  get %s: missing (%v)\n", k, err)
		case err != nil:
			fmt.Printf("  get %s: %v\n", k, err)
		default:
			fmt.Printf("  get %s = %s\n", k, v)
		}
	}
	fmt.Printf("  keys: %v\n", s.Keys())
}

func main() {
	configs := []struct {
		kind string
		ro   bool
	}{{"memory", false}, {"log", false}, {"memory", true}, {"s3", false}}
	for _, c := range configs {
		s, err := NewStorage(c.kind, c.ro)
		if err != nil {
			fmt.Println("factory error:", err)
			continue
		}
		fmt.Printf("%s (ro=%t) -> %T\n", c.kind, c.ro, s)
		exercise(s)
	}
}
