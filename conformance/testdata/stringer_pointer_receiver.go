package main

import "fmt"

type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

func main() {
	t := Temp{21.5}
	fmt.Println(t)
	fmt.Println(&t)
	fmt.Println([]*Temp{&t})
	fmt.Println([]Temp{t})
}
