package main

import (
	"errors"
	"fmt"
)

// HoldError is raised (via panic) when a countdown check fails.
type HoldError struct {
	T      int
	Reason string
}

func (h HoldError) Error() string { return fmt.Sprintf("hold at T-%d: %s", h.T, h.Reason) }

// check panics if a subsystem reports a fault at the given second.
func check(t int, faults map[int]string) {
	if reason, bad := faults[t]; bad {
		panic(HoldError{T: t, Reason: reason})
	}
}

// countdown runs from start to zero and converts panics into errors.
func countdown(name string, start int, faults map[int]string) (err error) {
	fmt.Printf("[%s] countdown begins\n", name)
	defer fmt.Printf("[%s] range safety log closed\n", name)
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case HoldError:
				err = v
			case error:
				err = fmt.Errorf("unexpected failure: %w", v)
			default:
				err = fmt.Errorf("unknown panic: %v", v)
			}
		}
	}()

	for t := start; t >= 0; t-- {
		check(t, faults)
		if t%5 == 0 || t <= 3 {
			fmt.Printf("[%s] T-%d\n", name, t)
		}
	}
	fmt.Printf("[%s] liftoff!\n", name)
	return nil
}

func divideThrust(total, engines int) int {
	return total / engines
}

func main() {
	err := countdown("Falcon", 10, nil)
	fmt.Println("result:", err)

	err = countdown("Vega", 10, map[int]string{4: "valve pressure low"})
	var hold HoldError
	if errors.As(err, &hold) {
		fmt.Printf("result: %v (recycle to T-%d)\n", err, hold.T+10)
	}

	err = func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("thrust calc: %v", r)
			}
		}()
		engines := 0
		fmt.Println("thrust per engine:", divideThrust(7600, engines))
		return nil
	}()
	fmt.Println("result:", err)

	// Deferred calls run last-in, first-out.
	for i := range 3 {
		defer fmt.Println("stage", i+1, "separation confirmed")
	}
	fmt.Println("all sequences complete")
}
