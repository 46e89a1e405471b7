package main

import (
	"errors"
	"fmt"
)

type GateFault struct {
	Gate string
	Code int
}

func (f GateFault) Error() string { return fmt.Sprintf("gate %s fault code %d", f.Gate, f.Code) }

type Controller struct {
	Name  string
	log   []string
	lifts int
}

func (c *Controller) trace(msg string) func() {
	c.log = append(c.log, "begin "+msg)
	return func() { c.log = append(c.log, "end "+msg) }
}

func (c *Controller) lift(ticket string) {
	defer c.trace(fmt.Sprintf("lift %q", ticket))()
	switch ticket {
	case "":
		panic(GateFault{Gate: c.Name, Code: 17})
	case "BENT":
		var spots []int
		_ = spots[3] // runtime error: index out of range
	case "STRING":
		panic("motor overheated")
	}
	c.lifts++
}

// SafeLift converts any panic into an error.
func (c *Controller) SafeLift(ticket string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("recovered: %w", v)
			default:
				err = fmt.Errorf("recovered: %v", v)
			}
		}
	}()
	c.lift(ticket)
	return nil
}

func countdown() (result []int) {
	for i := range 3 {
		defer func() { result = append(result, i) }()
	}
	return []int{99}
}

func main() {
	c := &Controller{Name: "west"}
	for _, t := range []string{"T-1", "", "T-2", "BENT", "STRING"} {
		err := c.SafeLift(t)
		var gf GateFault
		switch {
		case err == nil:
			fmt.Printf("%-8q ok\n", t)
		case errors.As(err, &gf):
			fmt.Printf("%-8q gate fault, code=%d\n", t, gf.Code)
		default:
			fmt.Printf("%-8q %v\n", t, err)
		}
	}
	fmt.Println("successful lifts:", c.lifts)
	fmt.Println("trace:")
	for _, l := range c.log {
		fmt.Println("  " + l)
	}
	fmt.Println("deferred order:", countdown())

	func() {
		defer fmt.Println("deferred 1")
		defer fmt.Println("deferred 2")
		fmt.Println("body runs first")
	}()
}
