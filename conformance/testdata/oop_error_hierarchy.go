package main

import (
	"errors"
	"fmt"
)

// Three layers of errors: storage -> service -> API, each wrapping the one below.
var ErrTimeout = errors.New("timeout")

type StorageError struct {
	Op  string
	Key string
	Err error
}

func (e *StorageError) Error() string { return fmt.Sprintf("storage %s %q: %v", e.Op, e.Key, e.Err) }
func (e *StorageError) Unwrap() error { return e.Err }

type ServiceError struct {
	Service string
	Cause   error
}

func (e ServiceError) Error() string { return e.Service + ": " + e.Cause.Error() }
func (e ServiceError) Unwrap() error { return e.Cause }

type APIError struct {
	Status int
	Err    error
}

func (e *APIError) Error() string { return fmt.Sprintf("HTTP %d: %v", e.Status, e.Err) }
func (e *APIError) Unwrap() error { return e.Err }

// Is lets any APIError match a sentinel with the same status.
func (e *APIError) Is(target error) bool {
	t, ok := target.(*APIError)
	return ok && t.Err == nil && t.Status == e.Status
}

var ErrUnavailable = &APIError{Status: 503}

func load(key string) error {
	switch key {
	case "slow":
		return &StorageError{"get", key, ErrTimeout}
	case "bad":
		return &StorageError{"get", key, errors.New("checksum mismatch")}
	}
	return nil
}

func handle(key string) error {
	if err := load(key); err != nil {
		svc := ServiceError{"profiles", fmt.Errorf("loading %s: %w", key, err)}
		status := 500
		if errors.Is(err, ErrTimeout) {
			status = 503
		}
		return &APIError{status, svc}
	}
	return nil
}

func main() {
	for _, key := range []string{"ok", "slow", "bad"} {
		err := handle(key)
		fmt.Printf("%s: %v\n", key, err)
		if err == nil {
			continue
		}
		var se *StorageError
		var sv ServiceError
		fmt.Println("  is timeout:", errors.Is(err, ErrTimeout), "unavailable:", errors.Is(err, ErrUnavailable))
		if errors.As(err, &se) {
			fmt.Printf("  storage op=%s key=%s inner=%v\n", se.Op, se.Key, se.Err)
		}
		if errors.As(err, &sv) {
			fmt.Printf("  service=%s\n", sv.Service)
		}
		depth := 0
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("  %d %T\n", depth, e)
			depth++
		}
	}
	wrapped := fmt.Errorf("request 42: %w", handle("slow"))
	var api *APIError
	if errors.As(wrapped, &api) {
		fmt.Println(api.Status, errors.Is(wrapped, ErrUnavailable), wrapped)
	}
	fmt.Printf("%+v\n", *api)
}
