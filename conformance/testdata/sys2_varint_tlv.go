package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
)

// Wire types, as in the protobuf encoding.
const (
	wireVarint = 0
	wireBytes  = 2
)

type field struct {
	num  uint64
	wire uint64
	u    uint64
	b    []byte
}

var (
	errTruncated = errors.New("truncated message")
	errOverflow  = errors.New("varint overflows 64 bits")
)

func appendVarintField(b []byte, num, v uint64) []byte {
	b = binary.AppendUvarint(b, num<<3|wireVarint)
	return binary.AppendUvarint(b, v)
}

func appendBytesField(b []byte, num uint64, data []byte) []byte {
	b = binary.AppendUvarint(b, num<<3|wireBytes)
	b = binary.AppendUvarint(b, uint64(len(data)))
	return append(b, data...)
}

// zigzag maps signed to unsigned so small magnitudes stay short.
func zigzag(v int64) uint64   { return uint64(v<<1) ^ uint64(v>>63) }
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

func decode(msg []byte) ([]field, error) {
	var out []field
	for off := 0; off < len(msg); {
		key, n := binary.Uvarint(msg[off:])
		if n <= 0 {
			return out, fmt.Errorf("key at %d: %w", off, errTruncated)
		}
		off += n
		f := field{num: key >> 3, wire: key & 7}
		v, n := binary.Uvarint(msg[off:])
		if n < 0 {
			return out, fmt.Errorf("field %d at %d: %w", f.num, off, errOverflow)
		}
		if n == 0 {
			return out, fmt.Errorf("field %d at %d: %w", f.num, off, errTruncated)
		}
		off += n
		switch f.wire {
		case wireVarint:
			f.u = v
		case wireBytes:
			if off+int(v) > len(msg) {
				return out, fmt.Errorf("field %d wants %d bytes, %d left: %w", f.num, v, len(msg)-off, errTruncated)
			}
			f.b = msg[off : off+int(v)]
			off += int(v)
		default:
			return out, fmt.Errorf("field %d: unknown wire type %d", f.num, f.wire)
		}
		out = append(out, f)
	}
	return out, nil
}

func main() {
	fmt.Println("uvarint sizes:")
	for _, v := range []uint64{0, 1, 127, 128, 300, 16383, 16384, 1 << 35, math.MaxUint64} {
		enc := binary.AppendUvarint(nil, v)
		fmt.Printf("  %20d -> %2d bytes % x\n", v, len(enc), enc)
	}
	fmt.Println("signed: zigzag (AppendVarint) vs plain two's complement:")
	for _, v := range []int64{0, -1, 1, -64, 63, -65, math.MinInt64} {
		z := binary.AppendVarint(nil, v)
		plain := binary.AppendUvarint(nil, uint64(v))
		back := unzigzag(zigzag(v))
		fmt.Printf("  %20d zigzag=%-20d %2d bytes vs %2d  roundtrip=%v\n", v, zigzag(v), len(z), len(plain), back == v)
	}

	var msg []byte
	msg = appendVarintField(msg, 1, 150)
	msg = appendBytesField(msg, 2, []byte("testing"))
	msg = appendVarintField(msg, 3, zigzag(-12))
	nested := appendVarintField(nil, 1, 42)
	msg = appendBytesField(msg, 4, nested)
	msg = appendBytesField(msg, 5, []byte("tag-a"))
	msg = appendBytesField(msg, 5, []byte("tag-b"))
	fmt.Printf("message (%d bytes): % x\n", len(msg), msg)

	fields, err := decode(msg)
	fmt.Println("decode err:", err)
	for _, f := range fields {
		switch {
		case f.wire == wireVarint && f.num == 3:
			fmt.Printf("  #%d sint   = %d\n", f.num, unzigzag(f.u))
		case f.wire == wireVarint:
			fmt.Printf("  #%d varint = %d\n", f.num, f.u)
		case f.num == 4:
			inner, _ := decode(f.b)
			fmt.Printf("  #%d nested = {#%d: %d}\n", f.num, inner[0].num, inner[0].u)
		default:
			fmt.Printf("  #%d bytes  = %q\n", f.num, f.b)
		}
	}

	for _, bad := range [][]byte{msg[:len(msg)-3], {0x08, 0x96}, {0x0a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}, {0x0b, 0x01}} {
		got, err := decode(bad)
		fmt.Printf("bad % -14x -> %d fields, %v (truncated=%v)\n", bad[:min(len(bad), 5)], len(got), err, errors.Is(err, errTruncated))
	}
	_, n := binary.Uvarint([]byte(strings.Repeat("\xff", 10) + "\x01"))
	fmt.Println("overflowing uvarint returns n =", n)
}
