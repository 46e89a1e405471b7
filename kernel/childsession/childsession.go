// Package childsession rebuilds a notebook session's definitions in a
// child process (runtime/processes), one function at a time: only the
// declarations the function needs (kernel/program.Needed), so that a
// stale or broken declaration elsewhere in the session cannot stop a
// child from running its function.
package childsession

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"gokernel/kernel/eval"
	"gokernel/kernel/program"
)

// Resolver is a processes.Resolver. Its lookup of a function rebuilds
// what the function needs in a fresh interpreter (functions that need the
// same declarations share it). A lookup of "&x" is a setter,
// func(json.RawMessage) error, that decodes a value into variable x of
// every session built so far that declares it: how a child takes its
// parent's shared objects (runtime/processes' request.Globals).
//
//	os.Exit(processes.RunChild(childsession.Resolver))
func Resolver(decls []string) (lookup func(name string) (reflect.Value, error), err error) {
	r := &resolver{decls: decls, sessions: map[string]*eval.Session{}}
	return r.lookup, nil
}

type resolver struct {
	mu       sync.Mutex
	decls    []string
	sessions map[string]*eval.Session // by the needed declarations, joined
	order    []*eval.Session
}

func (r *resolver) lookup(name string) (reflect.Value, error) {
	if v, ok := strings.CutPrefix(name, "&"); ok {
		return reflect.ValueOf(func(raw json.RawMessage) error { return r.set(v, raw) }), nil
	}
	s, err := r.session(name)
	if err != nil {
		return reflect.Value{}, err
	}
	return s.Lookup(name)
}

func (r *resolver) session(name string) (*eval.Session, error) {
	needed := program.Needed(r.decls, []string{name})
	key := strings.Join(needed, "\x00")
	r.mu.Lock()
	defer r.mu.Unlock()
	if s, ok := r.sessions[key]; ok {
		return s, nil
	}
	s, err := eval.ChildSession(needed)
	if err != nil {
		return nil, err
	}
	r.sessions[key] = s
	r.order = append(r.order, s)
	return s, nil
}

// set decodes raw into variable name of every session that declares it.
func (r *resolver) set(name string, raw json.RawMessage) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	found := false
	for _, s := range r.order {
		p, err := s.Addr(name)
		if err != nil {
			continue
		}
		found = true
		nv := reflect.New(p.Type().Elem())
		if err := json.Unmarshal(raw, nv.Interface()); err != nil {
			return fmt.Errorf("variable %s: %v", name, err)
		}
		p.Elem().Set(nv.Elem())
	}
	if !found {
		return fmt.Errorf("no variable %s", name)
	}
	return nil
}
