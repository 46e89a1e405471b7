package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	Name   string
	closed bool
}

func (r *Resource) Close() error {
	if r.closed {
		return fmt.Errorf("%s: already closed", r.Name)
	}
	r.closed = true
	if r.Name == "socket" {
		return fmt.Errorf("%s: close failed: connection reset", r.Name)
	}
	return nil
}

// Cleanup is a LIFO stack of functions, run once at the end.
type Cleanup struct {
	fns []func() error
	log []string
}

func (c *Cleanup) Push(label string, fn func() error) {
	c.fns = append(c.fns, func() error {
		c.log = append(c.log, "cleanup "+label)
		return fn()
	})
}

func (c *Cleanup) Run() error {
	var errs []error
	for i := len(c.fns) - 1; i >= 0; i-- {
		if err := c.fns[i](); err != nil {
			errs = append(errs, err)
		}
	}
	c.fns = nil
	return errors.Join(errs...)
}

var errSetup = errors.New("setup failed")

func setup(names []string, failAt string) (res []*Resource, err error) {
	var c Cleanup
	defer func() {
		if err != nil {
			if cerr := c.Run(); cerr != nil {
				err = fmt.Errorf("%w (cleanup: %v)", err, cerr)
			}
			for _, l := range c.log {
				fmt.Println("   ", l)
			}
			res = nil
		}
	}()

	for _, name := range names {
		if name == failAt {
			return nil, fmt.Errorf("opening %s: %w", name, errSetup)
		}
		r := &Resource{Name: name}
		res = append(res, r)
		c.Push(name, r.Close)
		fmt.Println("    opened", name)
	}
	return res, nil
}

func main() {
	names := []string{"config", "db", "socket", "cache"}

	for _, failAt := range []string{"", "cache", "db"} {
		label := failAt
		if label == "" {
			label = "nothing"
		}
		fmt.Printf("run (fail at %s):\n", label)
		res, err := setup(names, failAt)
		switch {
		case errors.Is(err, errSetup):
			fmt.Println("  error:", err)
		case err != nil:
			fmt.Println("  unexpected:", err)
		default:
			fmt.Printf("  got %d resources\n", len(res))
		}
	}

	fmt.Println("deferred order demo:")
	func() {
		for i := range 3 {
			defer fmt.Printf("  deferred %d\n", i)
		}
		fmt.Println("  body done")
	}()
}
