package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Kind string
	N    int
}

func main() {
	in := `{"Kind":"a","N":1}
{"Kind":"b","N":2}
{"Kind":"c","N":3}`
	dec := json.NewDecoder(strings.NewReader(in))
	total := 0
	for {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(e.Kind, e.N)
		total += e.N
	}
	fmt.Println("total", total)
}
