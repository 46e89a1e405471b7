package main

import (
	"errors"
	"fmt"
)

type Machine struct {
	Name     string
	Water    int
	Pressure int
	log      []string
}

type MachineFault struct {
	Machine string
	Reason  string
}

func (f MachineFault) Error() string {
	return f.Machine + ": " + f.Reason
}

func (m *Machine) PullShot(ml int) {
	m.log = append(m.log, fmt.Sprintf("start %dml", ml))
	defer func() { m.log = append(m.log, "cleanup") }()
	if m.Pressure < 9 {
		panic(MachineFault{m.Name, fmt.Sprintf("low pressure %d bar", m.Pressure)})
	}
	if m.Water < ml {
		panic("water tank empty")
	}
	m.Water -= ml
	m.log = append(m.log, "done")
}

func safeShot(m *Machine, ml int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("shot failed: %w", v)
			default:
				err = fmt.Errorf("shot failed: %v", v)
			}
		}
	}()
	m.PullShot(ml)
	return nil
}

func countdown() {
	for i := range 3 {
		defer fmt.Println("  deferred", i)
	}
	fmt.Println("  counting down (defers run in reverse)")
}

func divideBeans(grams, cups int) (per int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return grams / cups, nil
}

func main() {
	m := &Machine{Name: "La Marzocco", Water: 70, Pressure: 9}
	for _, ml := range []int{30, 30, 30} {
		if err := safeShot(m, ml); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("shot ok, water left:", m.Water)
		}
	}

	m.Pressure = 6
	m.Water = 100
	err := safeShot(m, 30)
	fmt.Println("error:", err)
	var fault MachineFault
	if errors.As(err, &fault) {
		fmt.Printf("fault detail: %+v\n", fault)
	}

	fmt.Println("machine log:")
	for i, l := range m.log {
		fmt.Printf("  %2d %s\n", i, l)
	}

	countdown()

	per, err := divideBeans(36, 2)
	fmt.Println("per cup:", per, err)
	per, err = divideBeans(36, 0)
	fmt.Println("per cup:", per, err)
}
