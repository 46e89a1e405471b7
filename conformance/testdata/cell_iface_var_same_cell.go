package main

import "fmt"

type Doer interface{ Do() string }

type Worker struct{ id int }

func (w Worker) Do() string { return fmt.Sprint("worker ", w.id, " did it") }

func main() {
	w := Worker{7}
	var d Doer = w
	fmt.Println(d.Do())
	var ds []Doer
	ds = append(ds, w, Worker{8})
	for _, x := range ds {
		fmt.Println(x.Do())
	}
}
