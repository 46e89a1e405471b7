package main

import "fmt"

func dayType(day string) string {
	switch day {
	case "Saturday", "Sunday":
		return "weekend"
	case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday":
		return "weekday"
	default:
		return "not a day"
	}
}

func daysInMonth(month int, leap bool) int {
	switch month {
	case 2:
		if leap {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

func isLeap(year int) bool {
	switch {
	case year%400 == 0:
		return true
	case year%100 == 0:
		return false
	case year%4 == 0:
		return true
	}
	return false
}

func season(month int) string {
	var s string
	switch month {
	case 12, 1, 2:
		s = "winter"
	case 3, 4, 5:
		s = "spring"
	case 6, 7, 8:
		s = "summer"
	case 9, 10, 11:
		s = "autumn"
	}
	return s
}

func main() {
	days := []string{"Monday", "Saturday", "Funday", "Friday", "Sunday"}
	for _, d := range days {
		fmt.Printf("%-9s is a %s\n", d, dayType(d))
	}

	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Println(y, "leap year?", isLeap(y), "feb has", daysInMonth(2, isLeap(y)), "days")
	}

	months := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	total := 0
	for i, m := range months {
		n := daysInMonth(i+1, false)
		total += n
		fmt.Printf("%s: %d days, %s\n", m, n, season(i+1))
	}
	fmt.Println("total days:", total)

	// fallthrough demo from the book
	level := 2
	fmt.Print("level 2 unlocks:")
	switch level {
	case 3:
		fmt.Print(" gold")
		fallthrough
	case 2:
		fmt.Print(" silver")
		fallthrough
	case 1:
		fmt.Print(" bronze")
	}
	fmt.Println()
}
