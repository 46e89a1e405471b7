package main

import (
	"errors"
	"fmt"
)

type Barbell struct {
	Plates []float64
	log    []string
}

func (b *Barbell) Load(kg float64) {
	if kg <= 0 {
		panic(fmt.Sprintf("invalid plate %.1f", kg))
	}
	if len(b.Plates) >= 6 {
		panic(errors.New("bar is full"))
	}
	b.Plates = append(b.Plates, kg)
}

func (b *Barbell) Total() float64 {
	t := 20.0
	for _, p := range b.Plates {
		t += 2 * p
	}
	return t
}

func safeLoad(b *Barbell, plates ...float64) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("load failed: %w", v)
			default:
				err = fmt.Errorf("load failed: %v", v)
			}
		}
	}()
	for _, p := range plates {
		b.Load(p)
	}
	return nil
}

func session(name string) {
	defer fmt.Println("  [", name, "] rack the bar")
	defer fmt.Println("  [", name, "] cool down")
	fmt.Println("  [", name, "] warm up")
	for i := range 3 {
		defer fmt.Println("  [", name, "] unload set", i+1)
	}
}

func divideReps(total, sets int) (per int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return total / sets, nil
}

func main() {
	b := &Barbell{}
	fmt.Println("err:", safeLoad(b, 20, 10, 5))
	fmt.Printf("bar total: %.1f kg\n", b.Total())

	fmt.Println("err:", safeLoad(b, 2.5, -1, 25))
	fmt.Printf("bar total: %.1f kg\n", b.Total())

	err := safeLoad(b, 1.25, 1.25, 1.25)
	fmt.Println("err:", err)
	fmt.Printf("bar total: %.1f kg, plates %v\n", b.Total(), b.Plates)

	fmt.Println("session:")
	session("Kai")

	if per, err := divideReps(30, 3); err == nil {
		fmt.Println("reps per set:", per)
	}
	if _, err := divideReps(30, 0); err != nil {
		fmt.Println(err)
	}

	x := 1
	func() {
		defer func() { x *= 10 }()
		x += 4
	}()
	fmt.Println("deferred math:", x)
}
