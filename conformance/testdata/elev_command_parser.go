package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Command is a parsed console instruction for the building controller.
type Command struct {
	Verb  string
	Car   int
	Floor int
	Flag  bool
}

var ErrSyntax = errors.New("syntax error")

func parse(line string) (Command, error) {
	fields := strings.Fields(strings.ToUpper(line))
	if len(fields) == 0 {
		return Command{}, fmt.Errorf("empty line: %w", ErrSyntax)
	}
	cmd := Command{Verb: fields[0]}
	switch cmd.Verb {
	case "SEND":
		if len(fields) != 3 {
			return cmd, fmt.Errorf("SEND needs car and floor: %w", ErrSyntax)
		}
		car, err := strconv.Atoi(strings.TrimPrefix(fields[1], "CAR"))
		if err != nil {
			return cmd, fmt.Errorf("bad car %q: %w", fields[1], err)
		}
		floor, err := strconv.ParseInt(fields[2], 10, 8)
		if err != nil {
			return cmd, fmt.Errorf("bad floor %q: %w", fields[2], err)
		}
		cmd.Car, cmd.Floor = car, int(floor)
	case "LOCK":
		if len(fields) != 2 {
			return cmd, fmt.Errorf("LOCK needs true/false: %w", ErrSyntax)
		}
		b, err := strconv.ParseBool(fields[1])
		if err != nil {
			return cmd, fmt.Errorf("bad flag: %w", err)
		}
		cmd.Flag = b
	case "STATUS":
	default:
		return cmd, fmt.Errorf("unknown verb %s: %w", strconv.Quote(cmd.Verb), ErrSyntax)
	}
	return cmd, nil
}

func main() {
	lines := []string{
		"send car2 14",
		"SEND 1 -3",
		"send car9 300",
		"send carX 4",
		"lock true",
		"lock maybe",
		"status",
		"  ",
		"reboot now",
		"send 3",
	}
	for _, l := range lines {
		cmd, err := parse(l)
		var numErr *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-16q => %+v\n", l, cmd)
		case errors.As(err, &numErr):
			fmt.Printf("%-16q => number error in %s(%q): %v\n", l, numErr.Func, numErr.Num, numErr.Err)
		case errors.Is(err, ErrSyntax):
			fmt.Printf("%-16q => %v\n", l, err)
		default:
			fmt.Printf("%-16q => other: %v\n", l, err)
		}
	}

	// Formatting numbers back into strings.
	fmt.Println(strconv.Itoa(42) + "F")
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	fmt.Println(strconv.FormatFloat(1.75, 'f', 3, 64), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("car \"A\"\tlobby"), string(strconv.AppendInt([]byte("floor="), -2, 10)))
	u, _ := strconv.ParseUint("ff", 16, 16)
	fmt.Println("parsed hex:", u)
}
