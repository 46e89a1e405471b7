package main

import (
	"errors"
	"fmt"
)

type Tractor struct {
	Name   string
	FuelL  float64
	engine bool
}

func (t *Tractor) Start() {
	t.engine = true
	fmt.Printf("  %s engine started\n", t.Name)
}

func (t *Tractor) Stop() {
	t.engine = false
	fmt.Printf("  %s engine stopped\n", t.Name)
}

// plough uses fuel per hectare and panics if the tank runs dry.
func (t *Tractor) plough(hectares []float64) {
	for i, ha := range hectares {
		need := ha * 4.5
		if need > t.FuelL {
			panic(fmt.Sprintf("out of fuel on strip %d (need %.1f L, have %.1f L)", i+1, need, t.FuelL))
		}
		t.FuelL -= need
		fmt.Printf("  ploughed strip %d (%.1f ha), %.1f L left\n", i+1, ha, t.FuelL)
	}
}

// Job runs a ploughing job and converts any panic into an error.
func Job(t *Tractor, hectares []float64) (err error) {
	t.Start()
	defer t.Stop()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job aborted: %v", r)
		}
	}()
	t.plough(hectares)
	return nil
}

var ErrEmptyList = errors.New("no fields given")

func averageYield(yields []int) (avg int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = errors.Join(ErrEmptyList, re)
			}
		}
	}()
	sum := 0
	for _, y := range yields {
		sum += y
	}
	return sum / len(yields), nil
}

func countdown() {
	for i := range 3 {
		defer fmt.Println("  deferred gate", i)
	}
	fmt.Println("  closing gates in reverse order:")
}

func main() {
	fmt.Println("job 1:")
	t := &Tractor{Name: "Fergie", FuelL: 40}
	if err := Job(t, []float64{2, 3, 1.5}); err != nil {
		fmt.Println("  error:", err)
	} else {
		fmt.Println("  job 1 finished")
	}

	fmt.Println("job 2:")
	if err := Job(t, []float64{1, 2, 4}); err != nil {
		fmt.Println("  error:", err)
	}
	fmt.Printf("  engine running after job: %t\n", t.engine)

	fmt.Println("yields:")
	avg, err := averageYield([]int{410, 390, 455})
	fmt.Println("  average:", avg, "err:", err)
	avg, err = averageYield(nil)
	fmt.Println("  average:", avg)
	fmt.Println("  err is ErrEmptyList:", errors.Is(err, ErrEmptyList))
	fmt.Printf("  err text: %q\n", err.Error())

	countdown()
}
