package main

import (
	"errors"
	"fmt"
)

type Oven struct {
	Name  string
	log   []string
	doors int
}

func (o *Oven) Open()  { o.doors++; o.log = append(o.log, "open") }
func (o *Oven) Close() { o.doors--; o.log = append(o.log, "close") }

// Bake panics when the temperature is absurd; safeBake turns that into an error.
func (o *Oven) Bake(item string, temp int) string {
	if temp > 300 {
		panic(fmt.Sprintf("%s: %d°C would burn the %s", o.Name, temp, item))
	}
	if temp <= 0 {
		panic(errors.New("oven is not lit"))
	}
	o.log = append(o.log, "bake "+item)
	return item + " done"
}

func (o *Oven) safeBake(item string, temp int) (result string, err error) {
	o.Open()
	defer o.Close()
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("recovered error: %w", v)
			default:
				err = fmt.Errorf("recovered: %v", v)
			}
		}
	}()
	return o.Bake(item, temp), nil
}

func countdown() {
	for i := range 3 {
		defer fmt.Println("  deferred timer", i)
	}
	fmt.Println("  timers set")
}

func divideDough(grams, pieces int) (each int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot divide: %v", r)
		}
	}()
	return grams / pieces, nil
}

func main() {
	o := &Oven{Name: "deck-1"}
	for _, job := range []struct {
		item string
		temp int
	}{{"focaccia", 240}, {"pizza", 450}, {"brioche", 0}, {"rolls", 210}} {
		res, err := o.safeBake(job.item, job.temp)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("ok:", res)
	}
	fmt.Println("door counter back to", o.doors)
	fmt.Println("log:", o.log)

	fmt.Println("defer order (LIFO):")
	countdown()

	for _, n := range []int{8, 0} {
		each, err := divideDough(1200, n)
		fmt.Printf("divide 1200g into %d: each=%d err=%v\n", n, each, err)
	}

	x := 1
	defer fmt.Println("deferred sees x captured at defer time:", x)
	x = 99
	fmt.Println("x is now", x)
}
