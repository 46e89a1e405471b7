package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func parsePerson(line string) (Person, error) {
	parts := strings.Split(line, ":")
	if len(parts) != 2 {
		return Person{}, fmt.Errorf("bad line %q: expected name:age", line)
	}
	name := strings.TrimSpace(parts[0])
	if name == "" {
		return Person{}, errors.New("name is empty")
	}
	age, err := strconv.Atoi(strings.TrimSpace(parts[1]))
	if err != nil {
		return Person{}, fmt.Errorf("bad age for %s: %w", name, err)
	}
	if age < 0 || age > 150 {
		return Person{}, fmt.Errorf("age %d for %s is not realistic", age, name)
	}
	return Person{Name: name, Age: age}, nil
}

func main() {
	lines := []string{
		"Alice: 30",
		"Bob:25",
		"Charlie",
		": 40",
		"Dave: forty",
		"Eve: 200",
		"Frank: 52",
	}

	var people []Person
	errorCount := 0
	for i, line := range lines {
		p, err := parsePerson(line)
		if err != nil {
			fmt.Printf("line %d: error: %v\n", i+1, err)
			errorCount++
			continue
		}
		people = append(people, p)
		fmt.Printf("line %d: ok: %s is %d\n", i+1, p.Name, p.Age)
	}

	fmt.Println("parsed", len(people), "people")
	totalAge := 0
	for _, p := range people {
		totalAge += p.Age
	}
	if len(people) > 0 {
		fmt.Printf("average age: %.2f\n", float64(totalAge)/float64(len(people)))
	}

	var numErr *strconv.NumError
	_, err := parsePerson("Zed: 1x")
	if errors.As(err, &numErr) {
		fmt.Println("it was a number error, func:", numErr.Func, "input:", numErr.Num)
	}

	if errorCount > 0 {
		fmt.Println(errorCount, "lines had errors, exiting with status 1")
		os.Exit(1)
	}
	fmt.Println("all good")
}
