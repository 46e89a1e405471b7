package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// listFlag collects repeated -tag values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty tag")
	}
	*l = append(*l, v)
	return nil
}

type Options struct {
	Verbose bool
	Count   int
	Name    string
	Ratio   float64
	Timeout time.Duration
	Tags    listFlag
	Args    []string
}

func parse(args []string) (*Options, error) {
	opts := &Options{}
	fs := flag.NewFlagSet("mytool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.BoolVar(&opts.Verbose, "v", false, "verbose output")
	fs.IntVar(&opts.Count, "n", 10, "number of `lines`")
	fs.StringVar(&opts.Name, "name", "world", "who to greet")
	fs.Float64Var(&opts.Ratio, "ratio", 0.5, "sampling ratio")
	fs.DurationVar(&opts.Timeout, "timeout", 3*time.Second, "request timeout")
	fs.Var(&opts.Tags, "tag", "add a tag (repeatable)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	opts.Args = fs.Args()
	set := []string{}
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
	fmt.Println("  explicitly set:", set, "nflag:", fs.NFlag(), "narg:", fs.NArg())
	return opts, nil
}

func main() {
	cases := [][]string{
		{},
		{"-v", "-n", "3", "--name=gopher", "file1.txt", "file2.txt"},
		{"-tag", "a", "-tag=b", "-timeout", "1m30s", "-ratio", "0.125", "--", "-v"},
		{"-n", "three"},
		{"-bogus"},
		{"-tag", ""},
		{"-h"},
		{"-v=false", "-n=-4", "rest", "-v"},
	}
	for _, args := range cases {
		fmt.Println(strings.TrimSpace("$ mytool " + strings.Join(args, " ")))
		opts, err := parse(args)
		switch {
		case errors.Is(err, flag.ErrHelp):
			fmt.Println("  (help requested)")
		case err != nil:
			fmt.Printf("  parse error: %v\n", err)
		default:
			fmt.Printf("  %+v\n", *opts)
		}
	}
}
