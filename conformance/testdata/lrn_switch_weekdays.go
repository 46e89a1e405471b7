package main

import (
	"fmt"
	"strings"
)

var weekendCount = 0

func main() {
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	for i, d := range days {
		kind := dayKind(d)
		fmt.Printf("%d %-9s %s\n", i, d, kind)
	}
	fmt.Println("weekend days seen:", weekendCount)

	fmt.Println("--- day numbers ---")
	for _, n := range []int{0, 3, 6, 7, -1} {
		name, err := dayName(n)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(n, "->", name)
	}

	fmt.Println("--- fallthrough demo ---")
	level := 2
	perms := []string{}
	switch level {
	case 3:
		perms = append(perms, "admin")
		fallthrough
	case 2:
		perms = append(perms, "write")
		fallthrough
	case 1:
		perms = append(perms, "read")
	default:
		perms = append(perms, "none")
	}
	fmt.Println("level", level, "perms:", perms)

	fmt.Println("--- type switch ---")
	things := []any{42, "hello", 3.5, true, nil, []int{1, 2}}
	for _, t := range things {
		switch v := t.(type) {
		case int:
			fmt.Println("int plus one:", v+1)
		case string:
			fmt.Println("string upper:", strings.ToUpper(v))
		case float64:
			fmt.Println("float doubled:", v*2)
		case bool:
			fmt.Println("bool negated:", !v)
		case nil:
			fmt.Println("got nil:", v)
		default:
			fmt.Printf("something else: %T %v\n", v, v)
		}
	}

	month := 2
	year := 2024
	daysIn := 0
	switch month {
	case 1, 3, 5, 7, 8, 10, 12:
		daysIn = 31
	case 4, 6, 9, 11:
		daysIn = 30
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			daysIn = 29
		} else {
			daysIn = 28
		}
	}
	fmt.Println("days in month", month, "of", year, "=", daysIn)
}

func dayKind(d string) string {
	switch d {
	case "Saturday", "Sunday":
		weekendCount++
		return "weekend"
	case "Friday":
		return "almost weekend"
	}
	return "weekday"
}

func dayName(n int) (string, error) {
	names := [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	if n < 0 || n >= len(names) {
		return "", fmt.Errorf("day number %d out of range [0,%d)", n, len(names))
	}
	return names[n], nil
}
