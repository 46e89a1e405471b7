package main

import (
	"errors"
	"fmt"
	"strings"
)

// CorruptFrameError is raised (via panic) by the low-level decoder.
type CorruptFrameError struct {
	Offset int
	Byte   byte
}

func (e CorruptFrameError) Error() string {
	return fmt.Sprintf("corrupt frame at offset %d (byte %#02x)", e.Offset, e.Byte)
}

// decodeFrame decodes a tiny binary frame: [station id, temp+50, humidity].
// It panics on bad input the way a careless library might.
func decodeFrame(frame []byte) (id byte, tempC int, hum int) {
	if len(frame) != 3 {
		panic(fmt.Sprintf("frame length %d, want 3", len(frame)))
	}
	if frame[2] > 100 {
		panic(CorruptFrameError{Offset: 2, Byte: frame[2]})
	}
	return frame[0], int(frame[1]) - 50, int(frame[2])
}

// safeDecode converts panics into ordinary errors.
func safeDecode(frame []byte) (summary string, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("decode: %w", v)
			default:
				err = fmt.Errorf("decode: %v", v)
			}
		}
	}()
	id, t, h := decodeFrame(frame)
	return fmt.Sprintf("station %d: %d°C, %d%% RH", id, t, h), nil
}

func processBatch(name string, frames [][]byte) (ok int) {
	fmt.Printf("batch %s start\n", name)
	defer fmt.Printf("batch %s done\n", name)
	for i, f := range frames {
		s, err := safeDecode(f)
		if err != nil {
			var cf CorruptFrameError
			if errors.As(err, &cf) {
				fmt.Printf("  [%d] skipped, bad byte %d: %v\n", i, cf.Byte, err)
			} else {
				fmt.Printf("  [%d] skipped: %v\n", i, err)
			}
			continue
		}
		ok++
		fmt.Printf("  [%d] %s (% x)\n", i, s, f)
	}
	return ok
}

func main() {
	frames := [][]byte{
		{1, 72, 45},
		{2, 48, 99},
		{3, 60},
		{4, 55, 180},
		{5, 30, 100},
	}
	good := processBatch("morning", frames)
	fmt.Printf("decoded %d of %d frames\n", good, len(frames))

	for i := 3; i > 0; i-- {
		defer fmt.Println("deferred cleanup", i)
	}
	fmt.Println(strings.Repeat("-", 24))
}
