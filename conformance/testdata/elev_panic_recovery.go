package main

import (
	"errors"
	"fmt"
)

type Command struct {
	Op    string
	Floor int
}

type Car struct {
	Floor  int
	Stops  []int
	Events []string
}

func (c *Car) log(format string, args ...any) {
	c.Events = append(c.Events, fmt.Sprintf(format, args...))
}

// execute may panic on bad input; it is wrapped by safeExecute.
func (c *Car) execute(cmd Command) {
	switch cmd.Op {
	case "goto":
		if cmd.Floor < 0 {
			panic(fmt.Sprintf("negative floor %d", cmd.Floor))
		}
		c.Floor = cmd.Floor
	case "undo":
		// Indexing an empty slice panics with a runtime error.
		last := c.Stops[len(c.Stops)-1]
		c.Stops = c.Stops[:len(c.Stops)-1]
		c.Floor = last
		return
	case "halt":
		panic(errors.New("emergency halt requested"))
	default:
		panic(cmd.Op)
	}
	c.Stops = append(c.Stops, cmd.Floor)
}

// safeExecute converts a panic into an error using a deferred recover.
func (c *Car) safeExecute(cmd Command) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch v := r.(type) {
		case error:
			err = fmt.Errorf("recovered error: %w", v)
		case string:
			err = fmt.Errorf("recovered message: %s", v)
		default:
			err = fmt.Errorf("recovered %T: %v", v, v)
		}
	}()
	defer c.log("finished %s(%d)", cmd.Op, cmd.Floor)
	c.execute(cmd)
	return nil
}

func countdown() {
	for i := range 3 {
		defer fmt.Println("  deferred", i)
	}
	fmt.Println("  countdown body done")
}

func main() {
	car := &Car{}
	cmds := []Command{
		{"undo", 0}, {"goto", 4}, {"goto", 9}, {"goto", -1},
		{"undo", 0}, {"halt", 0}, {"fly", 3},
	}
	for _, cmd := range cmds {
		if err := car.safeExecute(cmd); err != nil {
			fmt.Printf("%-5s -> error: %v\n", cmd.Op, err)
		} else {
			fmt.Printf("%-5s -> ok, floor=%d stops=%v\n", cmd.Op, car.Floor, car.Stops)
		}
	}
	fmt.Println("event log:")
	for i, e := range car.Events {
		fmt.Printf("  %d. %s\n", i+1, e)
	}
	fmt.Println("defer order:")
	countdown()
}
