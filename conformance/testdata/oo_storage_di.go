package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Storage abstracts persistence so services can be tested with fakes.
type Storage interface {
	Get(key string) (string, error)
	Put(key, value string) error
	Keys() []string
}

// Logger is a second injected dependency.
type Logger interface {
	Logf(format string, args ...any)
}

var ErrNotFound = errors.New("not found")

type MemoryStorage struct{ data map[string]string }

func NewMemoryStorage() *MemoryStorage { return &MemoryStorage{data: map[string]string{}} }

func (m *MemoryStorage) Get(key string) (string, error) {
	v, ok := m.data[key]
	if !ok {
		return "", fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	return v, nil
}
func (m *MemoryStorage) Put(key, value string) error { m.data[key] = value; return nil }
func (m *MemoryStorage) Keys() []string {
	keys := make([]string, 0, len(m.data))
	for k := range m.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ReadOnlyStorage decorates another Storage and rejects writes.
type ReadOnlyStorage struct{ Storage }

func (ReadOnlyStorage) Put(key, _ string) error {
	return fmt.Errorf("put %q: storage is read-only", key)
}

type PrefixLogger struct {
	prefix string
	lines  []string
}

func (p *PrefixLogger) Logf(format string, args ...any) {
	p.lines = append(p.lines, p.prefix+fmt.Sprintf(format, args...))
}

type UserService struct {
	store Storage
	log   Logger
}

func NewUserService(s Storage, l Logger) *UserService { return &UserService{store: s, log: l} }

func (u *UserService) Register(id, name string) error {
	if _, err := u.store.Get("user:" + id); err == nil {
		u.log.Logf("register %s: duplicate", id)
		return fmt.Errorf("user %s already exists", id)
	}
	if err := u.store.Put("user:"+id, strings.ToUpper(name[:1])+name[1:]); err != nil {
		u.log.Logf("register %s: %v", id, err)
		return err
	}
	u.log.Logf("register %s: ok", id)
	return nil
}

func (u *UserService) Lookup(id string) string {
	name, err := u.store.Get("user:" + id)
	if errors.Is(err, ErrNotFound) {
		u.log.Logf("lookup %s: missing", id)
		return "<unknown>"
	}
	return name
}

func main() {
	mem := NewMemoryStorage()
	log := &PrefixLogger{prefix: "[svc] "}
	svc := NewUserService(mem, log)

	for _, p := range [][2]string{{"1", "alice"}, {"2", "bob"}, {"1", "alicia"}, {"3", "carol"}} {
		if err := svc.Register(p[0], p[1]); err != nil {
			fmt.Println("error:", err)
		}
	}
	for _, id := range []string{"2", "3", "9"} {
		fmt.Printf("user %s = %s\n", id, svc.Lookup(id))
	}

	ro := NewUserService(ReadOnlyStorage{mem}, log)
	fmt.Println("ro register:", ro.Register("4", "dave"))
	fmt.Println("ro lookup 1:", ro.Lookup("1"))

	fmt.Println("keys:", mem.Keys())
	fmt.Println("log:")
	for i, l := range log.lines {
		fmt.Printf("%2d %s\n", i, l)
	}
	var _ Storage = ReadOnlyStorage{}
}
